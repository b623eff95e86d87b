import { AppFailure } from '../../shared/result';
import type { KnownSecrets } from '../log/known-secrets';
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
 * Every secret read or stored is known to the log redactor until it is deleted.
 */
export function createCredentials(
  keychain: Keychain,
  log: Logger,
  service: string = KEYCHAIN_SERVICE,
  known: Pick<KnownSecrets, 'add' | 'remove'> | null = null,
): Credentials {
  const held = new Map<string, string>();
  function hold(account: CredentialAccount, secret: string | null) {
    const name = accountName(account);
    const previous = held.get(name);
    if (previous === secret) return;
    if (previous !== undefined) known?.remove(previous);
    if (secret === null) held.delete(name);
    else {
      held.set(name, secret);
      known?.add(secret);
    }
  }
  async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      log.error(`keychain refused to ${what}`, error);
      throw new AppFailure('keychain-unavailable');
    }
  }
  return {
    async get(account) {
      const secret = await call(`read ${account.kind}`, () =>
        keychain.getPassword(service, accountName(account)),
      );
      hold(account, secret);
      return secret;
    },
    async set(account, secret) {
      // Known before the call: a refusal leaves the secret in the caller's hands.
      hold(account, secret);
      await call(`store ${account.kind}`, () =>
        keychain.setPassword(service, accountName(account), secret),
      );
    },
    async delete(account) {
      const deleted = await call(`delete ${account.kind}`, () =>
        keychain.deletePassword(service, accountName(account)),
      );
      hold(account, null);
      return deleted;
    },
  };
}
