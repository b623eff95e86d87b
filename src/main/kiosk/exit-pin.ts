import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { kioskPinHashSchema } from '../../shared/policy';
import type { Logger } from '../log/logger';

/**
 * The kiosk's exit PIN: an scrypt hash with its parameters and salt, in the
 * form policy's `KioskExitPinHash` takes (`scrypt$N$r$p$<salt>$<key>`, base64).
 */
export const PIN_HASH_DEFAULTS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/**
 * scrypt needs 128·r·(N + p + 2) bytes; Node refuses more than 32 MiB unless
 * told, which N = 2^15, r = 8 already is. Policy allows up to N = 2^20: with
 * r = 8 that is 1 GiB, and no PIN try should take more.
 */
const MAX_SCRYPT_MEMORY = 2 ** 30 + 2 ** 24;

export interface PinHashOptions {
  N?: number;
  r?: number;
  p?: number;
  salt?: Buffer;
}

export async function hashPin(pin: string, options: PinHashOptions = {}): Promise<string> {
  const { N, r, p } = { ...PIN_HASH_DEFAULTS, ...options };
  const salt = options.salt ?? randomBytes(SALT_LENGTH);
  const key = await deriveKey(pin, salt, { N, r, p });
  const hash = ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
  // Never print a hash the kiosk would refuse: too cheap an N, too short a salt.
  if (!usablePinHash(hash)) throw new RangeError('scrypt parameters or salt that policy refuses');
  return hash;
}

/** Whether policy takes `hash` and this machine can check a PIN against it. */
export function usablePinHash(hash: string): boolean {
  if (!kioskPinHashSchema.safeParse(hash).success) return false;
  const [, n = 0, r = 0, p = 0] = hash.split('$').map(Number);
  return scryptMemory({ N: n, r, p }) <= MAX_SCRYPT_MEMORY;
}

/** Whether `pin` matches `hash`; false for a hash policy would not take or scrypt cannot run. */
export async function verifyPin(pin: string, hash: string): Promise<boolean> {
  if (!usablePinHash(hash)) return false;
  const [, n, r, p, salt, key] = hash.split('$');
  const expected = Buffer.from(key ?? '', 'base64');
  if (expected.length !== KEY_LENGTH) return false;
  try {
    const actual = await deriveKey(pin, Buffer.from(salt ?? '', 'base64'), {
      N: Number(n),
      r: Number(r),
      p: Number(p),
    });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

function scryptMemory(cost: { N: number; r: number; p: number }): number {
  return 128 * cost.r * (cost.N + cost.p + 2);
}

function deriveKey(
  pin: string,
  salt: Buffer,
  cost: { N: number; r: number; p: number },
): Promise<Buffer> {
  const needed = scryptMemory(cost);
  if (needed > MAX_SCRYPT_MEMORY)
    return Promise.reject(new RangeError('scrypt parameters need too much memory'));
  const options: ScryptOptions = { ...cost, maxmem: needed + 2 ** 20 };
  // NFC: the same PIN typed on another keyboard or system gives the same bytes.
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export type PinTry = { accepted: true } | { accepted: false; retryInSeconds: number };

/** Seconds to wait after the n-th wrong PIN in a row (n = 1, 2, …); past the end, the last. */
export const WRONG_PIN_DELAYS = [0, 0, 5, 10, 30, 60, 120, 240, 480, 900] as const;

export function delayAfterWrongTries(wrongTries: number): number {
  if (wrongTries <= 0) return 0;
  return WRONG_PIN_DELAYS[Math.min(wrongTries, WRONG_PIN_DELAYS.length) - 1] ?? 0;
}

/**
 * Staff's way out of the kiosk. Wrong PINs in a row make the next try wait
 * longer (at least 30 s after five, at most 15 min); a try during the wait is
 * refused unchecked. Tries run one after another, so tries sent at once
 * cannot slip past the count. The PIN never reaches the log.
 */
export function createPinGate(options: {
  hash: () => string | null;
  now: () => number;
  log: Logger;
  /** For tests: the check against the hash; `verifyPin` otherwise. */
  verify?: (pin: string, hash: string) => Promise<boolean>;
}): { tryPin(pin: string): Promise<PinTry> } {
  const { log, now, verify = verifyPin } = options;
  let wrongTries = 0;
  let nextTryAt = 0;
  let queue: Promise<unknown> = Promise.resolve();

  async function check(pin: string): Promise<PinTry> {
    const waitMs = nextTryAt - now();
    if (waitMs > 0) {
      const retryInSeconds = Math.ceil(waitMs / 1000);
      log.warn(`kiosk exit: try refused unchecked; next try in ${retryInSeconds} s`);
      return { accepted: false, retryInSeconds };
    }
    const hash = options.hash();
    if (hash === null) {
      log.warn('kiosk exit: no exit PIN configured; refused');
      return { accepted: false, retryInSeconds: 0 };
    }
    if (!usablePinHash(hash)) {
      log.error('kiosk exit: the exit PIN hash is malformed or needs more than 1 GiB; refused');
      return { accepted: false, retryInSeconds: 0 };
    }
    if (await verify(pin, hash)) {
      log.info(`kiosk exit: right PIN after ${wrongTries} wrong tries`);
      wrongTries = 0;
      nextTryAt = 0;
      return { accepted: true };
    }
    wrongTries += 1;
    const retryInSeconds = delayAfterWrongTries(wrongTries);
    nextTryAt = now() + retryInSeconds * 1000;
    log.warn(`kiosk exit: wrong PIN, try ${wrongTries}; next try in ${retryInSeconds} s`);
    return { accepted: false, retryInSeconds };
  }

  return {
    tryPin(pin) {
      const result = queue.then(() => check(pin));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
