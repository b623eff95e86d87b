import { useCallback, useEffect, useRef, useState } from 'react';
import {
  checkVerdict,
  isChecking,
  MIC_HEARD_LEVEL,
  MIC_SILENCE_MS,
  meterLevel,
  type DeviceCheckResults,
  type Verdict,
} from '../../shared/device-check';
import { checkConnection } from './connection-check';
import { createMediaCheck, type MediaCheck } from './media-check';

export interface DeviceCheckState extends DeviceCheckResults {
  /** The microphone's current level, 0 … 1. */
  level: number;
  /** The camera preview; stopped when the check ends. */
  stream: MediaStream | null;
  playing: boolean;
  /** The test sound has been played once: now the counsellor can say whether it was heard. */
  soundPlayed: boolean;
}

export interface DeviceCheck {
  state: DeviceCheckState;
  verdict: Verdict;
  /** True while camera, microphone or connection are still being checked. */
  checking: boolean;
  playTestSound: () => void;
  answerSpeakers: (heard: boolean) => void;
  checkAgain: () => void;
}

export const initialDeviceCheckState: DeviceCheckState = {
  camera: 'checking',
  microphone: 'checking',
  speakers: 'untested',
  connection: { status: 'checking' },
  level: 0,
  stream: null,
  playing: false,
  soundPlayed: false,
};

/**
 * Runs the equipment check while mounted: camera, microphone and the
 * connection at once, the speakers when the counsellor asks. Unmounting (or
 * checking again) stops every track and closes the audio context, so Jitsi
 * finds the devices free.
 */
export function useDeviceCheck(serverOrigin: string): DeviceCheck {
  const [state, setState] = useState(initialDeviceCheckState);
  const [run, setRun] = useState(0);
  const media = useRef<MediaCheck | null>(null);

  useEffect(() => {
    const check = createMediaCheck();
    media.current = check;
    let current = true;
    const update = (change: (state: DeviceCheckState) => DeviceCheckState) => {
      if (current) setState(change);
    };

    void check
      .camera()
      .then((outcome) =>
        update((state) =>
          outcome.status === 'ok'
            ? { ...state, camera: 'ok', stream: outcome.stream }
            : { ...state, camera: outcome.status },
        ),
      );

    let silence: number | undefined;
    const onLevel = (level: number) =>
      update((state) => ({
        ...state,
        level: meterLevel(state.level, level),
        microphone: level >= MIC_HEARD_LEVEL ? 'ok' : state.microphone,
      }));
    void check.microphone(onLevel).then((outcome) => {
      if (outcome.status !== 'ok')
        return update((state) => ({ ...state, microphone: outcome.status }));
      // Listening: "ok" once it hears something, "silent" if it hears nothing for a while.
      silence = window.setTimeout(
        () =>
          update((state) =>
            state.microphone === 'checking' ? { ...state, microphone: 'silent' } : state,
          ),
        MIC_SILENCE_MS,
      );
    });

    void checkConnection(serverOrigin).then((connection) =>
      update((state) => ({ ...state, connection })),
    );

    return () => {
      current = false;
      window.clearTimeout(silence);
      check.stop();
      if (media.current === check) media.current = null;
    };
  }, [serverOrigin, run]);

  const playTestSound = useCallback(() => {
    const check = media.current;
    if (!check) return;
    setState((state) => ({ ...state, playing: true, soundPlayed: true }));
    void check.playTestSound().then((played) =>
      // A sound that could not play was not heard either.
      setState((state) => ({
        ...state,
        playing: false,
        ...(played ? {} : { speakers: 'not-heard' }),
      })),
    );
  }, []);

  const answerSpeakers = useCallback((heard: boolean) => {
    setState((state) => ({ ...state, speakers: heard ? 'heard' : 'not-heard' }));
  }, []);

  const checkAgain = useCallback(() => {
    setState(initialDeviceCheckState);
    setRun((run) => run + 1);
  }, []);

  return {
    state,
    verdict: checkVerdict(state),
    checking: isChecking(state),
    playTestSound,
    answerSpeakers,
    checkAgain,
  };
}
