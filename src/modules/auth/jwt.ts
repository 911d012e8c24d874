import { SignJWT, errors, jwtVerify } from 'jose';

export const JWT_ALGORITHM = 'HS256';
export const JWT_ISSUER = 'dispute-hub';
export const JWT_AUDIENCE = 'dispute-hub-api';

export interface TokenClaims {
  userId: string;
  expiresAt: Date;
  /** The account's token generation when issued (tokens from before the claim existed count as 1). */
  generation: number;
}

export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(userId: string, generation = 1, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.ttlSeconds;
    const token = await new SignJWT({ gen: generation })
      .setProtectedHeader({ alg: JWT_ALGORITHM, typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(JWT_ISSUER)
      .setAudience(JWT_AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /**
   * Tokens already verified by this process, until they expire: the signature check is the same
   * every time, so a client's every request need not repeat it. Bounded; the oldest go first.
   */
  private readonly verified = new Map<string, TokenClaims>();
  private static readonly MAX_VERIFIED = 10_000;

  /** Verifies signature, pinned algorithm, issuer, audience and expiry; null when any fails. */
  async verify(token: string): Promise<TokenClaims | null> {
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAt.getTime() > Date.now()) return known;
      this.verified.delete(token);
    }
    const claims = await this.verifySignature(token);
    if (claims) {
      if (this.verified.size >= TokenService.MAX_VERIFIED) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, claims);
    }
    return claims;
  }

  private async verifySignature(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [JWT_ALGORITHM],
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return null;
      const generation = payload.gen === undefined ? 1 : payload.gen;
      if (typeof generation !== 'number' || !Number.isInteger(generation)) return null;
      return { userId: payload.sub, expiresAt: new Date(payload.exp * 1000), generation };
    } catch (e) {
      if (e instanceof errors.JOSEError) return null;
      throw e;
    }
  }
}

/** Extracts the token of "Bearer <token>"; null when absent, undefined when malformed. */
export function parseBearer(header: unknown): string | null | undefined {
  if (header === undefined || header === null || header === '') return null;
  if (typeof header !== 'string') return undefined;
  const m = /^Bearer\s+([A-Za-z0-9\-_.]+)\s*$/i.exec(header);
  return m ? m[1] : undefined;
}
