import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import keytar from 'keytar';
import { afterEach, describe, expect, it } from 'vitest';
import {
  accountName,
  createCredentials,
  type CredentialAccount,
  type Keychain,
} from '../../../../src/main/credentials/credentials';
import { createKnownSecrets } from '../../../../src/main/log/known-secrets';

// These run against the real OS keychain (a private gnome-keyring on Linux:
// scripts/with-keyring.sh), under a service name of their own.
const service = `de.sprechstunde.desktop.test-${process.pid}`;
const lines: string[] = [];
const log = {
  info: (m: string) => lines.push(m),
  warn: (m: string) => lines.push(m),
  error: (m: string) => lines.push(m),
};
const credentials = createCredentials(keytar, log, service);
const accounts: CredentialAccount[] = [
  { kind: 'store-key' },
  { kind: 'moderator-token' },
  { kind: 'room-password', appointmentId: '4d4b7f0e-8f1a-4c0b-9a55-0f3f8f2c8b6e' },
];

afterEach(async () => {
  for (const found of await keytar.findCredentials(service)) {
    await keytar.deletePassword(service, found.account);
  }
  lines.length = 0;
});

describe('credentials in the OS keychain', () => {
  it('stores, reads, replaces and deletes each kind of secret', async () => {
    for (const account of accounts) {
      expect(await credentials.get(account)).toBeNull();
      await credentials.set(account, 'first ✓ geheim');
      await credentials.set(account, 'second ✓ geheim');
      expect(await credentials.get(account)).toBe('second ✓ geheim');
      expect(await credentials.delete(account)).toBe(true);
      expect(await credentials.delete(account)).toBe(false);
      expect(await credentials.get(account)).toBeNull();
    }
  });

  it('keeps each secret under its own typed account of one service', async () => {
    await credentials.set({ kind: 'store-key' }, 'k');
    await credentials.set({ kind: 'room-password', appointmentId: 'a1' }, 'p1');
    const stored = await keytar.findCredentials(service);
    expect(stored.map((c) => c.account).sort()).toEqual(['room-password/a1', 'store-key']);
    expect(accountName({ kind: 'room-password', appointmentId: 'x' })).toBe('room-password/x');
  });

  it('makes every secret read or stored known to the log redactor, until it is deleted', async () => {
    const known = createKnownSecrets();
    const watched = createCredentials(keytar, log, service, known);
    const room = { kind: 'room-password', appointmentId: 'a1' } as const;
    await keytar.setPassword(service, 'moderator-token', 'Gespeichert-vor-dem-Start');
    expect(await watched.get({ kind: 'moderator-token' })).toBe('Gespeichert-vor-dem-Start');
    await watched.set(room, 'Tulpenzwiebel-April');
    await watched.set(room, 'Sonnenblume-Meyer');
    expect(known.redact('Gespeichert-vor-dem-Start, Tulpenzwiebel-April, Sonnenblume-Meyer')).toBe(
      '[secret], Tulpenzwiebel-April, [secret]',
    );
    await watched.delete(room);
    await watched.delete({ kind: 'moderator-token' });
    expect(known.redact('Gespeichert-vor-dem-Start, Sonnenblume-Meyer')).toBe(
      'Gespeichert-vor-dem-Start, Sonnenblume-Meyer',
    );
  });

  it('says "keychain-unavailable" when the keychain refuses, and logs no secret', async () => {
    const refusing: Keychain = {
      getPassword: () => Promise.reject(new Error('org.freedesktop.DBus.Error.ServiceUnknown')),
      setPassword: () => Promise.reject(new Error('locked collection')),
      deletePassword: () => Promise.reject(new Error('locked collection')),
    };
    const broken = createCredentials(refusing, log, service);
    await expect(broken.set({ kind: 'moderator-token' }, 'eyJ.secret.token')).rejects.toMatchObject(
      {
        code: 'keychain-unavailable',
      },
    );
    await expect(broken.get({ kind: 'store-key' })).rejects.toMatchObject({
      code: 'keychain-unavailable',
    });
    expect(lines.join('\n')).not.toContain('eyJ.secret.token');
  });

  it('says "keychain-unavailable" when no keychain daemon can be reached at all', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'test/fixtures/keychain-probe.ts', 'planted-token-value'],
      {
        env: {
          ...process.env,
          DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/sprechstunde-bus',
          DISPLAY: '',
        },
      },
    );
    const answer = JSON.parse(stdout) as { set: unknown; get: unknown; log: string[] };
    expect(answer.set).toEqual({ code: 'keychain-unavailable' });
    expect(answer.get).toEqual({ code: 'keychain-unavailable' });
    expect(answer.log.join('\n')).not.toContain('planted-token-value');
    // A child Node with tsx: seconds on a loaded machine, never a hang.
  }, 60_000);
});
