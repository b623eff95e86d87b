import { queryAppointments } from '../../shared/appointment-views';
import type { Channel } from '../../shared/ipc-contract';
import type { AppointmentStore } from '../appointments/appointment-store';
import { forgetRoomPassword } from '../appointments/retention';
import type { Credentials } from '../credentials/credentials';
import type { Handlers } from '../ipc/router';
import type { Logger } from '../log/logger';

export function appointmentHandlers(options: {
  appointments: AppointmentStore;
  credentials: Credentials;
  log: Logger;
}): Pick<Handlers, Extract<Channel, `appointments:${string}`>> {
  const { appointments, credentials, log } = options;
  return {
    'appointments:query': (query) => queryAppointments(appointments.list(), query),
    'appointments:get': ({ id }) => appointments.get(id),
    'appointments:create': (draft) => appointments.create(draft),
    'appointments:update': ({ id, draft }) => appointments.update(id, draft),
    'appointments:setStatus': ({ id, status }) => appointments.setStatus(id, status),
    // A deleted appointment's room password has nothing left to open.
    'appointments:delete': async ({ id }) => {
      await appointments.delete(id);
      await forgetRoomPassword(credentials, id, log);
      return { id };
    },
  };
}
