import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createPinGate,
  delayAfterWrongTries,
  hashPin,
  usablePinHash,
  verifyPin,
} from '../../../../src/main/kiosk/exit-pin';
import { createLogger } from '../../../../src/main/log/logger';
import { kioskPinHashSchema } from '../../../../src/shared/policy';

// The cheapest cost policy takes, so the tests stay quick.
const cheap = { N: 2 ** 14 } as const;
const salt = Buffer.from('0123456789abcdef');

function recordingLogger() {
  const lines: string[] = [];
  return { lines, log: createLogger('kiosk', (line) => lines.push(line)) };
}

describe('hashPin', () => {
  it('makes a hash policy takes, with N = 2^15, r = 8, p = 1 and a fresh 16-byte salt', async () => {
    const first = await hashPin('2468');
    const second = await hashPin('2468');
    expect(kioskPinHashSchema.safeParse(first).success).toBe(true);
    const [scheme, n, r, p, saltB64, key] = first.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(saltB64!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
    expect(second).not.toBe(first);
  });

  it('is scrypt of the PIN with the given salt and cost', async () => {
    const hash = await hashPin('2468', { ...cheap, salt });
    const key = scryptSync('2468', salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    expect(hash).toBe(`scrypt$16384$8$1$${salt.toString('base64')}$${key.toString('base64')}`);
  });

  it('refuses to make a hash policy would refuse', async () => {
    await expect(hashPin('2468', { N: 2 ** 10 })).rejects.toThrow(RangeError);
    await expect(hashPin('2468', { ...cheap, salt: Buffer.from('short') })).rejects.toThrow();
  });
});

describe('verifyPin', () => {
  it('takes the right PIN and refuses others', async () => {
    const hash = await hashPin('2468', { ...cheap, salt });
    expect(await verifyPin('2468', hash)).toBe(true);
    expect(await verifyPin('2469', hash)).toBe(false);
    expect(await verifyPin('', hash)).toBe(false);
    expect(await verifyPin('2468 ', hash)).toBe(false);
  });

  it('takes the PIN however its accents are composed', async () => {
    const hash = await hashPin('Café', { ...cheap, salt });
    expect(await verifyPin('Cafe\u0301', hash)).toBe(true);
  });

  it('refuses every PIN against a malformed hash, without throwing', async () => {
    const hash = await hashPin('2468', { ...cheap, salt });
    const [, n, r, p, s, key] = hash.split('$');
    const malformed = [
      '',
      'scrypt',
      hash.replace('scrypt$', 'bcrypt$'),
      `scrypt$16000$${r}$${p}$${s}$${key}`,
      `scrypt$${n}$0$${p}$${s}$${key}`,
      `scrypt$${n}$${r}$${p}$${s}$${key!.slice(4)}`,
      `scrypt$${n}$${r}$${p}$${s}$${key}$extra`,
      `scrypt$${n}$${r}$${p}$${s}!$${key}`,
    ];
    for (const bad of malformed) expect(await verifyPin('2468', bad)).toBe(false);
  });

  it('refuses a hash whose cost would take more than 1 GiB, without trying', async () => {
    const greedy = `scrypt$1048576$99$1$${salt.toString('base64')}$${'A'.repeat(43)}=`;
    expect(kioskPinHashSchema.safeParse(greedy).success).toBe(true);
    expect(usablePinHash(greedy)).toBe(false);
    const started = performance.now();
    expect(await verifyPin('2468', greedy)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('delayAfterWrongTries', () => {
  it('grows, waits at least 30 s after five wrong tries and at most 15 min', () => {
    const delays = Array.from({ length: 14 }, (_, i) => delayAfterWrongTries(i + 1));
    expect(delays).toEqual([0, 0, 5, 10, 30, 60, 120, 240, 480, 900, 900, 900, 900, 900]);
    expect(delayAfterWrongTries(0)).toBe(0);
  });
});

describe('createPinGate', () => {
  // scrypt takes a tenth of a second here: the count is tested with a stand-in check.
  const standInHash = `scrypt$16384$8$1$${salt.toString('base64')}$${'A'.repeat(43)}=`;
  const standIn = (pin: string, hash: string) =>
    Promise.resolve(hash === standInHash && pin === '2468');

  function gate(hash = standInHash) {
    let now = 1_000_000;
    const { lines, log } = recordingLogger();
    const pinGate = createPinGate({ hash: () => hash, now: () => now, log, verify: standIn });
    return {
      pinGate,
      lines,
      advance: (seconds: number) => (now += seconds * 1000),
    };
  }

  it('lets the right PIN through and logs it without the PIN', async () => {
    const { lines, log } = recordingLogger();
    const hash = await hashPin('2468', { ...cheap, salt });
    const pinGate = createPinGate({ hash: () => hash, now: () => 0, log });
    expect(await pinGate.tryPin('1357')).toEqual({ accepted: false, retryInSeconds: 0 });
    expect(await pinGate.tryPin('2468')).toEqual({ accepted: true });
    expect(lines.join('\n')).toContain('right PIN after 1 wrong tries');
    expect(lines.join('\n')).not.toMatch(/2468|1357/);
  });

  it('slows wrong PINs down: 0, 0, 5, 10, then 30 s after the fifth', async () => {
    const { pinGate, lines, advance } = gate();
    const answers = [];
    for (let i = 0; i < 5; i++) {
      const answer = await pinGate.tryPin(`000${i}`);
      answers.push(answer);
      if (!answer.accepted) advance(answer.retryInSeconds);
    }
    expect(answers.map((a) => (a.accepted ? 'in' : a.retryInSeconds))).toEqual([0, 0, 5, 10, 30]);
    expect(lines.some((line) => line.includes('wrong PIN, try 3; next try in 5 s'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/000\d/);
  });

  it('refuses tries during the wait unchecked, even the right PIN, and says how long is left', async () => {
    const { pinGate, lines, advance } = gate();
    for (let i = 0; i < 3; i++) await pinGate.tryPin('1111');
    advance(2);
    expect(await pinGate.tryPin('2468')).toEqual({ accepted: false, retryInSeconds: 3 });
    advance(2.5);
    expect(await pinGate.tryPin('1111')).toEqual({ accepted: false, retryInSeconds: 1 });
    expect(lines.at(-1)).toContain('try refused unchecked; next try in 1 s');
    advance(0.5);
    // Refused tries did not count: the next wrong one is the fourth.
    expect(await pinGate.tryPin('1111')).toEqual({ accepted: false, retryInSeconds: 10 });
    advance(10);
    expect(await pinGate.tryPin('2468')).toEqual({ accepted: true });
  });

  it('starts counting again after the right PIN', async () => {
    const { pinGate, advance } = gate();
    for (let i = 0; i < 4; i++) {
      const answer = await pinGate.tryPin('1111');
      if (!answer.accepted) advance(answer.retryInSeconds);
    }
    expect(await pinGate.tryPin('2468')).toEqual({ accepted: true });
    expect(await pinGate.tryPin('1111')).toEqual({ accepted: false, retryInSeconds: 0 });
  });

  it('checks tries sent at once one after another, so they cannot slip past the count', async () => {
    const { pinGate } = gate();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => pinGate.tryPin(i === 7 ? '2468' : '1111')),
    );
    expect(answers.map((a) => (a.accepted ? 'in' : a.retryInSeconds))).toEqual([
      0, 0, 5, 5, 5, 5, 5, 5,
    ]);
  });

  it('caps the wait at 15 minutes', async () => {
    const { pinGate, advance } = gate();
    let last = 0;
    for (let i = 0; i < 12; i++) {
      const answer = await pinGate.tryPin('1111');
      if (!answer.accepted) last = answer.retryInSeconds;
      advance(last);
    }
    expect(last).toBe(900);
  });

  it('refuses every PIN when no exit PIN is configured', async () => {
    const { lines, log } = recordingLogger();
    const pinGate = createPinGate({ hash: () => null, now: () => 0, log });
    expect(await pinGate.tryPin('2468')).toEqual({ accepted: false, retryInSeconds: 0 });
    expect(lines.join('\n')).toContain('no exit PIN configured');
  });

  it('refuses every PIN against a hash it cannot use, and says so', async () => {
    const { pinGate, lines } = gate('scrypt$1$2$3');
    expect(await pinGate.tryPin('2468')).toEqual({ accepted: false, retryInSeconds: 0 });
    expect(lines.join('\n')).toContain('exit PIN hash is malformed');
  });

  it('reads the hash at each try, so a new policy applies', async () => {
    let hash: string | null = null;
    const pinGate = createPinGate({ hash: () => hash, now: () => 0, log: recordingLogger().log });
    expect((await pinGate.tryPin('2468')).accepted).toBe(false);
    hash = await hashPin('2468', { ...cheap, salt });
    expect((await pinGate.tryPin('2468')).accepted).toBe(true);
  });
});
