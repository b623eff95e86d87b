import keytar from 'keytar';
import { afterEach, describe, expect, it } from 'vitest';
import { createCredentials } from '../../../../src/main/credentials/credentials';
import {
  createModeratorToken,
  inspectToken,
} from '../../../../src/main/credentials/moderator-token';
import { tokenUrgency } from '../../../../src/shared/moderator-token';
import { jitsiToken, unsignedToken } from '../../../fixtures/tokens';

const service = `de.sprechstunde.desktop.test-token-${process.pid}`;
const quiet = { info() {}, warn() {}, error() {} };
const now = new Date();

afterEach(async () => {
  for (const { account } of await keytar.findCredentials(service)) {
    await keytar.deletePassword(service, account);
  }
});

describe('moderator token', () => {
  it('reads the expiry of a signed Jitsi JWT', async () => {
    const token = await jitsiToken(30);
    const inspected = inspectToken(token, now);
    expect(inspected.ok).toBe(true);
    const days =
      (Date.parse((inspected as { expiresAt: string }).expiresAt) - now.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(30, 1);
    expect(inspectToken(await jitsiToken(null), now)).toEqual({ ok: true, expiresAt: null });
  });

  it.each([
    ['an empty string', ''],
    ['plain text', 'mein-passwort'],
    ['two parts', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0'],
    ['four parts', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln.extra'],
    ['a payload that is not JSON', 'eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln'],
    ['a header that is not JSON', 'bm90IGpzb24.eyJzdWIiOiJ4In0.c2ln'],
  ])('refuses %s as malformed', (_name, token) => {
    expect(inspectToken(token, now)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('refuses unsigned and expired tokens', async () => {
    expect(inspectToken(unsignedToken(), now)).toEqual({ ok: false, problem: 'unsigned' });
    expect(inspectToken(await jitsiToken(-1), now)).toEqual({ ok: false, problem: 'expired' });
  });

  it('is saved to the keychain, never handed back, and removed on request', async () => {
    const token = createModeratorToken(createCredentials(keytar, quiet, service), () => now);
    expect(await token.status()).toEqual({ stored: false });
    const value = await jitsiToken(10);
    const status = await token.save(value);
    expect(status).toMatchObject({ stored: true });
    expect(JSON.stringify(status)).not.toContain(value.slice(0, 20));
    expect(await keytar.getPassword(service, 'moderator-token')).toBe(value);
    expect(await token.remove()).toEqual({ stored: false });
    expect(await keytar.getPassword(service, 'moderator-token')).toBeNull();
  });

  it('keeps the old token when a new one is refused', async () => {
    const token = createModeratorToken(createCredentials(keytar, quiet, service), () => now);
    const good = await jitsiToken(10);
    await token.save(good);
    await expect(token.save('kaputt')).rejects.toMatchObject({
      code: 'invalid-request',
      issues: [{ path: 'token', message: 'validation.token.malformed' }],
    });
    expect(await keytar.getPassword(service, 'moderator-token')).toBe(good);
  });

  it('warns from seven days before expiry', () => {
    const at = (days: number) => ({
      stored: true as const,
      expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString(),
    });
    expect(tokenUrgency({ stored: false }, now)).toEqual({ urgency: 'none', days: 0 });
    expect(tokenUrgency({ stored: true, expiresAt: null }, now).urgency).toBe('ok');
    expect(tokenUrgency(at(30), now)).toEqual({ urgency: 'ok', days: 30 });
    expect(tokenUrgency(at(7), now)).toEqual({ urgency: 'expires-soon', days: 7 });
    expect(tokenUrgency(at(0.5), now)).toEqual({ urgency: 'expires-soon', days: 1 });
    expect(tokenUrgency(at(-1), now)).toEqual({ urgency: 'expired', days: 0 });
  });
});
