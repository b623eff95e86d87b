import { AppFailure } from '../../shared/result';
import type { Logger } from '../log/logger';

/** The three calls of keytar the app uses; keytar itself in the app, fakes in tests. */
export interface Keychain {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/** One service name for everything the app keeps in the OS keychain. */
export const KEYCHAIN_SERVICE = 'de.sprechstunde.desktop';

/** What the app keeps in the keychain; nothing else is ever stored there. */
export type CredentialAccount =
  | { kind: 'store-key' }
  | { kind: 'moderator-token' }
  | { kind: 'room-password'; appointmentId: string };

export function accountName(account: CredentialAccount): string {
  switch (account.kind) {
    case 'store-key':
      return 'store-key';
    case 'moderator-token':
      return 'moderator-token';
    case 'room-password':
      return `room-password/${account.appointmentId}`;
  }
}

export interface Credentials {
  get(account: CredentialAccount): Promise<string | null>;
  set(account: CredentialAccount, secret: string): Promise<void>;
  /** True when there was something to delete. */
  delete(account: CredentialAccount): Promise<boolean>;
}

/**
 * Secrets live in the OS keychain and nowhere else. When the keychain cannot
 * be reached or refuses, every call fails with `keychain-unavailable`: there
 * is no fallback, so no secret is ever written anywhere in plain text.
 */
export function createCredentials(
  keychain: Keychain,
  log: Logger,
  service: string = KEYCHAIN_SERVICE,
): Credentials {
  async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      log.error(`keychain refused to ${what}`, error);
      throw new AppFailure('keychain-unavailable');
    }
  }
  return {
    get: (account) =>
      call(`read ${account.kind}`, () => keychain.getPassword(service, accountName(account))),
    set: (account, secret) =>
      call(`store ${account.kind}`, () =>
        keychain.setPassword(service, accountName(account), secret),
      ),
    delete: (account) =>
      call(`delete ${account.kind}`, () => keychain.deletePassword(service, accountName(account))),
  };
}
