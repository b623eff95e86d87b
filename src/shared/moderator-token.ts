import type { z } from 'zod';
import type { tokenStatusSchema } from './ipc-contract';

/** What the UI may know of the stored token: never the token itself. */
export type TokenStatus = z.infer<typeof tokenStatusSchema>;

/** From this many days before expiry the app warns the counsellor. */
export const TOKEN_WARNING_DAYS = 7;

export type TokenUrgency = 'none' | 'ok' | 'expires-soon' | 'expired';

/** How urgent a new token is, and in how many whole days the stored one runs out. */
export function tokenUrgency(
  status: TokenStatus,
  now: Date,
): { urgency: TokenUrgency; days: number } {
  if (!status.stored) return { urgency: 'none', days: 0 };
  if (status.expiresAt === null) return { urgency: 'ok', days: Infinity };
  const left = Date.parse(status.expiresAt) - now.getTime();
  const days = Math.ceil(left / 86_400_000);
  if (left <= 0) return { urgency: 'expired', days: 0 };
  return { urgency: days <= TOKEN_WARNING_DAYS ? 'expires-soon' : 'ok', days };
}
