import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs; personal data never goes into a log line. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'dispute-hub' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'password', '*.password', 'variables.password'], censor: '[redacted]' },
  });
}
