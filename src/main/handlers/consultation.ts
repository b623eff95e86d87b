import type { Consultations } from '../consultation/consultations';
import type { Handlers } from '../ipc/router';
import type { NetworkGuard } from '../network/network-guard';
import type { MeetingChannel } from '../../shared/ipc-channels';
import type { MeetingStage } from '../../shared/ipc-contract';

/** The meeting window's own channels: its spec (once), its report so far, leaving, where it is. */
export function meetingHandlers(
  meetings: Pick<Consultations, 'spec' | 'report' | 'leave'>,
  /** Where the page is (a kiosk counts idle time by it); the counsellor's app needs nothing of it. */
  onStage: (stage: MeetingStage) => void = () => {},
): Pick<Handlers, MeetingChannel> {
  return {
    'meeting:spec': () => meetings.spec(),
    'meeting:report': () => meetings.report(),
    'meeting:leave': () => {
      meetings.leave();
      return { left: true };
    },
    'meeting:stage': ({ stage }) => {
      onStage(stage);
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
