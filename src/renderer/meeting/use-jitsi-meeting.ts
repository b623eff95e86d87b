import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import type { MeetingSpec } from '../../shared/ipc-contract';
import { meetingEventFrom, meetingEventNames } from '../../shared/meeting-events';
import {
  initialMeetingState,
  step,
  type CounsellorEvent,
  type MeetingCommand,
  type MeetingEvent,
  type MeetingState,
} from '../../shared/meeting-state';
import { useAnnounce } from './announcer';
import { meetingApi } from './api';
import {
  execute,
  externalApiOptions,
  loadExternalApi,
  type JitsiDevices,
  type JitsiExternalApi,
} from './external-api';
import { playKnockSound } from './knock-sound';
import { announcementText } from './meeting-texts';

export interface JitsiMeeting {
  state: MeetingState;
  /** Set when the server's IFrame API could not be loaded or started. */
  failed: boolean;
  /** What the counsellor did: answered a knock, gave first aid, hung up. */
  dispatch: (event: CounsellorEvent) => void;
  /** A knock also sounds (on by default in each consultation). */
  knockSound: boolean;
  setKnockSound: (on: boolean) => void;
}

/**
 * Runs the server's IFrame API in `container` once `active`. Every event, from
 * Jitsi or the counsellor, goes through the meeting reducer (`step`); this hook
 * only carries out the commands that come back: to Jitsi, to the live region,
 * or leaving (main then closes this window and wipes its partition).
 */
export function useJitsiMeeting(
  spec: MeetingSpec,
  container: React.RefObject<HTMLDivElement | null>,
  active: boolean,
  /** The camera, microphone and speaker chosen in the equipment check (read when it starts). */
  devices: JitsiDevices = {},
): JitsiMeeting {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [state, setState] = useState(initialMeetingState);
  const [failed, setFailed] = useState(false);
  // Kept by the page: it lives exactly as long as the consultation (after a reload
  // there is no meeting to rejoin), so no setting in main is needed for it.
  const [knockSound, setKnockSound] = useState(true);
  const soundOn = useRef(knockSound);
  useEffect(() => {
    soundOn.current = knockSound;
  }, [knockSound]);
  const current = useRef(initialMeetingState);
  const api = useRef<JitsiExternalApi | null>(null);
  const left = useRef(false);
  const chosenDevices = useRef(devices);
  useEffect(() => {
    chosenDevices.current = devices;
  }, [devices]);

  const carryOut = useCallback(
    (command: MeetingCommand) => {
      switch (command.name) {
        case 'announce':
          // Someone looking elsewhere hears a knock; the live region says who.
          if (command.announcement.about === 'knocking' && soundOn.current) {
            void playKnockSound();
          }
          return announce(announcementText(t, command.announcement));
        case 'leave': {
          const leave = () => {
            if (left.current) return;
            left.current = true;
            void meetingApi().meeting.leave();
          };
          if (command.afterMs > 0) window.setTimeout(leave, command.afterMs);
          else leave();
          return;
        }
        default:
          if (api.current) execute(api.current, command);
      }
    },
    [announce, t],
  );

  const dispatch = useCallback(
    (event: MeetingEvent) => {
      const next = step(current.current, event, spec);
      current.current = next.state;
      setState(next.state);
      for (const command of next.commands) carryOut(command);
    },
    [spec, carryOut],
  );

  useEffect(() => {
    if (!active || !container.current) return;
    const parent = container.current;
    let disposed = false;
    loadExternalApi(spec.serverOrigin)
      .then((ExternalApi) => {
        if (disposed) return;
        const meeting = new ExternalApi(
          spec.domain,
          externalApiOptions(spec, parent, chosenDevices.current),
        );
        api.current = meeting;
        // Names the Jitsi iframe for screen readers, in the UI language.
        meeting.getIFrame().title = t('meeting.frame');
        for (const name of meetingEventNames) {
          meeting.addListener(name, (payload) => {
            const event = meetingEventFrom(name, payload);
            if (event) dispatch(event);
          });
        }
        dispatch({ name: 'ready' });
        // The conference runs without the SDK's bridge (screen sharing's picker,
        // picture-in-picture): its failure is not the conference's.
        attachJitsiSdk(meeting).catch((error: unknown) => {
          console.error('the Jitsi SDK could not be attached', error);
        });
      })
      .catch(() => {
        if (!disposed) setFailed(true);
      });
    return () => {
      disposed = true;
      api.current?.dispose();
      api.current = null;
    };
  }, [active, container, spec, dispatch, t]);

  return { state, failed, dispatch, knockSound, setKnockSound };
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
