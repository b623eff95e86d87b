import { DAY_MS } from '../../shared/time';
import type { Credentials } from '../credentials/credentials';
import type { Logger } from '../log/logger';
import { deleteExpiredAsideCopies } from '../storage/expired-aside-copies';
import type { AppointmentStore } from './appointment-store';

/**
 * Deletes past appointments `retentionDays` after they ended, and their room
 * passwords from the keychain; and the copies kept aside beside `keptFiles`
 * once their days are over (MOVED_ASIDE_KEEP_DAYS). Runs at start, daily, and
 * when the setting changes; a locked store's appointments are left alone.
 */
export function createRetention(options: {
  store: AppointmentStore;
  credentials: Credentials;
  retentionDays: () => number;
  /** The paths of the app's files whose moved-aside and migration copies expire. */
  keptFiles: readonly string[];
  now: () => Date;
  log: Logger;
}) {
  const { store, credentials, log } = options;
  return {
    async purge(): Promise<number> {
      await deleteExpiredAsideCopies(options.keptFiles, options.now(), log);
      if (store.state().status !== 'open') return 0;
      const cutoff = new Date(options.now().getTime() - options.retentionDays() * DAY_MS);
      const purged = await store.purgeEndedBefore(cutoff);
      for (const appointmentId of purged) await forgetRoomPassword(credentials, appointmentId, log);
      if (purged.length > 0) log.info(`retention: deleted ${purged.length} past appointments`);
      return purged.length;
    },
  };
}

/** Best effort: a password left behind is useless without its appointment. */
export async function forgetRoomPassword(
  credentials: Credentials,
  appointmentId: string,
  log: Logger,
): Promise<void> {
  try {
    await credentials.delete({ kind: 'room-password', appointmentId });
  } catch {
    log.warn('could not delete a room password from the keychain');
  }
}
