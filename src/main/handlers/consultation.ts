import type { Consultations } from '../consultation/consultations';
import type { Handlers } from '../ipc/router';
import type { NetworkGuard } from '../network/network-guard';
import type { MeetingChannel } from '../../shared/ipc-channels';

/** The meeting window's own channels: its spec (once), its report so far, leaving, a failed start. */
export function meetingHandlers(
  meetings: Pick<Consultations, 'spec' | 'report' | 'leave'>,
  /** When the page says its conference could not start; the counsellor reads it there and leaves. */
  onFailed: () => void = () => {},
): Pick<Handlers, MeetingChannel> {
  return {
    'meeting:spec': () => meetings.spec(),
    'meeting:report': () => meetings.report(),
    'meeting:leave': () => {
      meetings.leave();
      return { left: true };
    },
    'meeting:failed': () => {
      onFailed();
      return { noted: true };
    },
  };
}

/** The main window's consultation channels and the meeting window's own. */
export function consultationHandlers(options: {
  consultations: Consultations;
  network: Pick<NetworkGuard, 'currentReport'>;
}): Pick<Handlers, 'consultation:join' | 'consultation:report' | MeetingChannel> {
  const { consultations, network } = options;
  return {
    'consultation:join': ({ id, asGuest }) => consultations.join(id, asGuest),
    'consultation:report': () => {
      const current = network.currentReport();
      return current && { id: current.appointmentId, report: current.report };
    },
    ...meetingHandlers(consultations),
  };
}
