import type { Appointment } from '../../shared/appointment';
import type { DeepLink } from '../../shared/deep-link';
import type { LinkAction, StoreState } from '../../shared/ipc-contract';

/** What a link may look up: the stored appointments, never anything else. */
export interface LinkAppointments {
  state(): StoreState;
  list(): readonly Appointment[];
}

/**
 * What a parsed link does: an appointment link opens a stored appointment; a
 * join link only names a room of a stored, not cancelled appointment, and the
 * page then asks the counsellor before that appointment's consultation starts.
 * So a link can never start a meeting in a room the counsellor does not have.
 */
export function linkAction(link: DeepLink, appointments: LinkAppointments): LinkAction {
  if (link.kind === 'refused') return link;
  if (appointments.state().status !== 'open') return { kind: 'refused', reason: 'store-locked' };
  const list = appointments.list();
  if (link.kind === 'appointment') {
    const appointment = list.find((candidate) => candidate.id === link.id);
    return appointment
      ? { kind: 'open', appointment }
      : { kind: 'refused', reason: 'unknown-appointment' };
  }
  const appointment = list.find((candidate) => candidate.roomName === link.roomName);
  if (!appointment) return { kind: 'refused', reason: 'unknown-appointment' };
  if (appointment.status === 'cancelled') return { kind: 'refused', reason: 'cancelled' };
  return { kind: 'confirm-join', appointment };
}
