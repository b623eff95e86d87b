import { LIST_PAGE_SIZE, queryAppointments } from '../../shared/appointment-views';
import type { StartupNotice } from '../../shared/ipc-contract';
import type { TokenStatus } from '../../shared/moderator-token';
import type { AppointmentStore } from '../appointments/appointment-store';
import type { Handlers } from '../ipc/router';
import type { SettingsService } from '../settings/settings-service';

/** The first screen, and the store's way out of a lock (start empty, or try again). */
export function appHandlers(options: {
  appointments: AppointmentStore;
  settings: Pick<SettingsService, 'view'>;
  token: { status(): Promise<TokenStatus> };
  retention: { purge(): Promise<number> };
  /** What the user must be told; the log sink may add to it while the app runs. */
  notices: () => readonly StartupNotice[];
}): Pick<Handlers, 'app:firstScreen' | 'store:startEmpty' | 'store:retry'> {
  const { appointments, settings, token, retention } = options;
  return {
    // Everything the first screen shows, in one round trip.
    'app:firstScreen': async ({ day }) => {
      const store = appointments.state();
      return {
        settings: settings.view(),
        notices: [...options.notices()],
        store,
        // The keychain may be locked; the first screen still opens.
        token: await token
          .status()
          .catch((): TokenStatus => ({ stored: false, keychainUnavailable: true })),
        today: queryAppointments(store.status === 'open' ? appointments.list() : [], {
          view: 'today',
          filter: '',
          day,
          offset: 0,
          limit: LIST_PAGE_SIZE,
        }),
      };
    },
    'store:startEmpty': async () => {
      const notices = await appointments.startEmpty();
      return { store: appointments.state(), notices };
    },
    'store:retry': async () => {
      const notices = await appointments.retry();
      await retention.purge();
      return { store: appointments.state(), notices };
    },
  };
}
