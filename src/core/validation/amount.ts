/**
 * Money amounts in yuan (元) as exact decimal strings with 2 decimal places
 * (fen, 分, the smallest unit of the RMB). Pure string logic, no floats.
 */

export type AmountResult = { ok: true; value: string } | { ok: false; message: string };

const MAX_INTEGER_DIGITS = 15;
const MAX_LENGTH = 40;
const SHAPE = /^(\d*)(?:\.(\d+))?$/;

function fail(message: string): AmountResult {
  return { ok: false, message };
}

/**
 * Parses a non-negative amount like '12', '012.5', '.5', '0.05' and normalizes it
 * to 'D.DD' ('12.00', '12.50', '0.50', '0.05'). Rejects signs, exponents,
 * spaces, thousands separators, more than 2 decimals and more than 15 integer
 * digits (leading zeros do not count). Never throws.
 */
export function parseAmount(s: string): AmountResult {
  if (typeof s !== 'string') return fail('must be a string');
  if (s.length === 0) return fail('must not be empty');
  if (s.length > MAX_LENGTH) return fail('too long');
  if (s.trim() !== s) return fail('must not have leading or trailing spaces');
  if (s.startsWith('-')) return fail('must not be negative');
  if (s.startsWith('+')) return fail('must not have a sign');
  if (/[eE]/.test(s) && /\d/.test(s)) return fail('exponent notation is not allowed');
  if (/[,，_ ]/.test(s)) return fail('thousands separators are not allowed');
  const m = SHAPE.exec(s);
  if (!m || (m[1] === '' && m[2] === undefined)) return fail('must be a decimal number');
  const intPart = m[1].replace(/^0+/, '') || '0';
  const frac = m[2] ?? '';
  if (frac.length > 2) return fail('at most 2 decimal places');
  if (intPart.length > MAX_INTEGER_DIGITS) return fail(`at most ${MAX_INTEGER_DIGITS} integer digits`);
  return { ok: true, value: `${intPart}.${frac.padEnd(2, '0')}` };
}
