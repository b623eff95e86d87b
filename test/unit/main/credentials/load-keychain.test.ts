import { describe, expect, it } from 'vitest';
import { createCredentials } from '../../../../src/main/credentials/credentials';
import { loadKeychain } from '../../../../src/main/credentials/load-keychain';
import type { Logger } from '../../../../src/main/log/logger';

function recordingLog() {
  const errors: string[] = [];
  const log: Logger = { info() {}, warn() {}, error: (message) => errors.push(message) };
  return { log, errors };
}

describe('loading the keychain library', () => {
  it('uses keytar when it loads', async () => {
    const keytar = {
      getPassword: () => Promise.resolve('secret'),
      setPassword: () => Promise.resolve(),
      deletePassword: () => Promise.resolve(true),
    };
    const { log } = recordingLog();
    const keychain = await loadKeychain(log, () => Promise.resolve({ default: keytar }));
    expect(await keychain.getPassword('s', 'a')).toBe('secret');
  });

  it('refuses every call, and the app says keychain-unavailable, when libsecret is missing', async () => {
    const { log, errors } = recordingLog();
    const keychain = await loadKeychain(log, () =>
      Promise.reject(
        new Error('libsecret-1.so.0: cannot open shared object file: No such file or directory'),
      ),
    );
    expect(errors).toEqual(['the keychain library could not be loaded']);
    const credentials = createCredentials(keychain, log);
    for (const call of [
      () => credentials.get({ kind: 'store-key' }),
      () => credentials.set({ kind: 'moderator-token' }, 'eyJ…'),
      () => credentials.delete({ kind: 'moderator-token' }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'keychain-unavailable' });
    }
  });

  it('loads the real keytar here', async () => {
    const { log, errors } = recordingLog();
    const keychain = await loadKeychain(log);
    expect(errors).toEqual([]);
    expect(typeof keychain.setPassword).toBe('function');
  });
});
