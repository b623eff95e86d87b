import { useCallback, useEffect, useRef, useState } from 'react';
import { decideE2ee, e2eeCommands, initialE2ee, type E2eeDecision } from '../../shared/e2ee';
import type { MeetingSpec } from '../../shared/ipc-contract';
import {
  commandsAfter,
  initialMeetingState,
  meetingEventFrom,
  meetingEventNames,
  reduceMeeting,
  type MeetingCommand,
  type MeetingEvent,
  type MeetingState,
} from '../../shared/meeting-state';
import { meetingApi } from './api';
import {
  execute,
  externalApiOptions,
  loadExternalApi,
  type JitsiExternalApi,
} from './external-api';

/** How long to wait for Jitsi's `readyToClose` after hanging up before leaving anyway. */
const HANG_UP_GRACE_MS = 4000;

export interface JitsiMeeting {
  state: MeetingState;
  /** What the app asked of Jitsi's end-to-end encryption, and why. */
  e2ee: E2eeDecision;
  /** Set when the server's IFrame API could not be loaded or started. */
  failed: boolean;
  send: (command: MeetingCommand) => void;
  /** Records what the app did that Jitsi reports no event for (e.g. a knock answered). */
  note: (event: MeetingEvent) => void;
  hangUp: () => void;
}

/** The meeting is over: main closes this window and wipes its partition. */
function leaveMeeting() {
  void meetingApi().meeting.leave();
}

/**
 * Runs the server's IFrame API in `container` once `active`: every event goes
 * through the reducer, and the commands that follow from it (password, lobby)
 * go back to Jitsi. When Jitsi is ready to close, the window leaves.
 * `frameTitle` names the Jitsi iframe for screen readers, in the UI language.
 */
export function useJitsiMeeting(
  spec: MeetingSpec,
  container: React.RefObject<HTMLDivElement | null>,
  active: boolean,
  frameTitle: string,
): JitsiMeeting {
  const [state, setState] = useState(initialMeetingState);
  const [failed, setFailed] = useState(false);
  const [e2ee, setE2ee] = useState(initialE2ee);
  const current = useRef(initialMeetingState);
  const asked = useRef(initialE2ee);
  const api = useRef<JitsiExternalApi | null>(null);
  const left = useRef(false);

  const leave = useCallback(() => {
    if (left.current) return;
    left.current = true;
    leaveMeeting();
  }, []);

  const apply = useCallback(
    (event: MeetingEvent) => {
      const before = current.current;
      let after = reduceMeeting(before, event);
      const commands = commandsAfter(before, after, event, {
        roomPassword: spec.roomPassword,
        access: spec.access,
      });
      if (api.current) for (const command of commands) execute(api.current, command);
      if (event.name !== 'passwordRequired' && commands.length > 0) {
        after = reduceMeeting(after, {
          name: 'secured',
          password: true,
          lobby: commands.some((command) => command.name === 'toggleLobby'),
        });
      }
      // After securing the room: end-to-end encryption for one-to-one.
      const decision = decideE2ee(after, spec.e2ee, asked.current);
      if (api.current) {
        for (const command of e2eeCommands(asked.current, decision)) execute(api.current, command);
      }
      asked.current = decision;
      setE2ee(decision);
      current.current = after;
      setState(after);
      if (event.name === 'readyToClose') leave();
    },
    [spec.roomPassword, spec.access, spec.e2ee, leave],
  );

  useEffect(() => {
    if (!active || !container.current) return;
    const parent = container.current;
    let disposed = false;
    loadExternalApi(spec.serverOrigin)
      .then(async (ExternalApi) => {
        if (disposed) return;
        const meeting = new ExternalApi(spec.domain, externalApiOptions(spec, parent));
        api.current = meeting;
        meeting.getIFrame().title = frameTitle;
        for (const name of meetingEventNames) {
          meeting.addListener(name, (payload) => {
            const event = meetingEventFrom(name, payload);
            if (event) apply(event);
          });
        }
        apply({ name: 'ready' });
        await attachJitsiSdk(meeting);
      })
      .catch(() => {
        if (!disposed) setFailed(true);
      });
    return () => {
      disposed = true;
      api.current?.dispose();
      api.current = null;
    };
  }, [active, container, spec, apply, frameTitle]);

  return {
    state,
    e2ee,
    failed,
    send: (command) => {
      if (api.current) execute(api.current, command);
    },
    note: apply,
    hangUp: () => {
      if (!api.current || current.current.phase !== 'joined') return leave();
      execute(api.current, { name: 'hangup', args: [] });
      window.setTimeout(leave, HANG_UP_GRACE_MS);
    },
  };
}

/**
 * In Electron the meeting preload installs the Jitsi SDK's bridge: screen
 * sharing with the source picker, picture-in-picture, power events. Remote
 * control is never set up.
 */
async function attachJitsiSdk(meeting: JitsiExternalApi): Promise<void> {
  if (!('jitsiElectronSDK' in window)) return;
  const sdk = await import('@jitsi/electron-sdk/renderer');
  sdk.setupScreenSharingRender(meeting);
  sdk.setupPictureInPictureRender(meeting);
  sdk.setupPowerMonitorRender(meeting);
}
