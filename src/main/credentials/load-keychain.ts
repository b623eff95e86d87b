import type { Logger } from '../log/logger';
import type { Keychain } from './credentials';

/** A keychain that refuses every call: the app then says `keychain-unavailable`. */
export const refusingKeychain: Keychain = {
  getPassword: () => Promise.reject(new Error('no keychain library')),
  setPassword: () => Promise.reject(new Error('no keychain library')),
  deletePassword: () => Promise.reject(new Error('no keychain library')),
};

/**
 * keytar is a native module that links libsecret on Linux: on a system
 * without `libsecret-1.so.0` importing it throws. Loading it here, not at the
 * top of index.ts, lets the app start and explain instead of dying before it
 * shows a window. Never a plain-text fallback.
 */
export async function loadKeychain(
  log: Logger,
  importKeytar: () => Promise<unknown> = () => import('keytar'),
): Promise<Keychain> {
  try {
    const loaded = (await importKeytar()) as Partial<Keychain> & { default?: Keychain };
    const keytar = loaded.default ?? loaded;
    if (typeof keytar.getPassword !== 'function') throw new Error('keytar has no getPassword');
    return keytar as Keychain;
  } catch (error) {
    log.error('the keychain library could not be loaded', error);
    return refusingKeychain;
  }
}
