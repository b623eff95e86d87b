import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { TokenStatus } from '../../shared/moderator-token';
import { AppFailure } from '../../shared/result';
import type { Credentials } from './credentials';

const ACCOUNT = { kind: 'moderator-token' } as const;

export type TokenProblem = 'malformed' | 'unsigned' | 'expired';

/**
 * Reads a Jitsi JWT without verifying it (the server holds the key): it must be
 * a signed JWT whose payload is an object, with a numeric `exp` if any.
 */
export function inspectToken(
  token: string,
  now: Date,
): { ok: true; expiresAt: string | null } | { ok: false; problem: TokenProblem } {
  let header: ReturnType<typeof decodeProtectedHeader>;
  let payload: ReturnType<typeof decodeJwt>;
  try {
    header = decodeProtectedHeader(token);
    payload = decodeJwt(token);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (token.split('.').length !== 3) return { ok: false, problem: 'malformed' };
  if (typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none') {
    return { ok: false, problem: 'unsigned' };
  }
  if (payload.exp === undefined) return { ok: true, expiresAt: null };
  const expires = new Date(payload.exp * 1000);
  if (expires.getTime() <= now.getTime()) return { ok: false, problem: 'expired' };
  return { ok: true, expiresAt: expires.toISOString() };
}

/** The counsellor's moderator token: in the keychain, never shown again once saved. */
export function createModeratorToken(credentials: Credentials, now: () => Date) {
  async function status(): Promise<TokenStatus> {
    const token = await credentials.get(ACCOUNT);
    if (token === null) return { stored: false };
    // A stored token that has since expired still shows when it ran out.
    const inspected = inspectToken(token, new Date(0));
    return { stored: true, expiresAt: inspected.ok ? inspected.expiresAt : null };
  }
  return {
    status,
    /** The token for joining; null when there is none. */
    read: () => credentials.get(ACCOUNT),
    async save(token: string): Promise<TokenStatus> {
      const inspected = inspectToken(token, now());
      if (!inspected.ok) {
        throw new AppFailure('invalid-request', [
          { path: 'token', message: `validation.token.${inspected.problem}` },
        ]);
      }
      await credentials.set(ACCOUNT, token);
      return status();
    },
    async remove(): Promise<TokenStatus> {
      await credentials.delete(ACCOUNT);
      return status();
    },
  };
}
