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
import { measureDownload } from './download-check';
import type { JitsiDevices } from './external-api';
import {
  createMediaCheck,
  stopStream,
  type MediaCheck,
  type MediaDeviceChoices,
} from './media-check';

export type DeviceKind = keyof MediaDeviceChoices;

export interface DeviceCheckState extends DeviceCheckResults {
  /** The microphone's current level, 0 … 1. */
  level: number;
  /** The camera preview; stopped when the check ends. */
  stream: MediaStream | null;
  playing: boolean;
  /** The test sound has been played once: now the counsellor can say whether it was heard. */
  soundPlayed: boolean;
  /** What there is to choose from, listed once camera and microphone were asked for. */
  devices: MediaDeviceChoices;
  /** The counsellor's choices (device ids); none: the system's default. */
  chosen: Partial<Record<DeviceKind, string>>;
}

export interface DeviceCheck {
  state: DeviceCheckState;
  verdict: Verdict;
  /** True while camera, microphone or connection are still being checked. */
  checking: boolean;
  playTestSound: () => void;
  answerSpeakers: (heard: boolean) => void;
  /** Uses another camera, microphone or speaker: that part is checked again. */
  choose: (kind: DeviceKind, id: string) => void;
  checkAgain: () => void;
}

export const initialDeviceCheckState: DeviceCheckState = {
  camera: 'checking',
  microphone: 'checking',
  speakers: 'untested',
  connection: { status: 'checking' },
  download: { status: 'checking' },
  level: 0,
  stream: null,
  playing: false,
  soundPlayed: false,
  devices: { camera: [], microphone: [], speaker: [] },
  chosen: {},
};

/**
 * The chosen devices as Jitsi takes them (the IFrame API's `devices` option):
 * by label, since device ids differ from one origin to the next and the
 * meeting runs at the server's. Only what the counsellor chose.
 */
export function jitsiDevices(state: Pick<DeviceCheckState, 'devices' | 'chosen'>): JitsiDevices {
  const label = (kind: DeviceKind) =>
    state.devices[kind].find((device) => device.id === state.chosen[kind])?.label || undefined;
  const devices: JitsiDevices = {};
  const videoInput = label('camera');
  const audioInput = label('microphone');
  const audioOutput = label('speaker');
  if (videoInput) devices.videoInput = videoInput;
  if (audioInput) devices.audioInput = audioInput;
  if (audioOutput) devices.audioOutput = audioOutput;
  return devices;
}

interface Run {
  check: MediaCheck;
  startCamera: (deviceId?: string) => void;
  startMicrophone: (deviceId?: string) => void;
}

/**
 * Runs the equipment check while mounted: camera, microphone and the
 * connection (then the download) at once, the speakers when the counsellor
 * asks. Unmounting (or checking again) stops every track and closes the audio
 * context, so Jitsi finds the devices free.
 */
export function useDeviceCheck(serverOrigin: string): DeviceCheck {
  const [state, setState] = useState(initialDeviceCheckState);
  const [run, setRun] = useState(0);
  const current = useRef<Run | null>(null);
  // The choices as the effects and callbacks below read them (not a dependency of the run).
  const chosen = useRef(initialDeviceCheckState.chosen);
  useEffect(() => {
    chosen.current = state.chosen;
  }, [state.chosen]);

  useEffect(() => {
    const check = createMediaCheck();
    let active = true;
    const update = (change: (state: DeviceCheckState) => DeviceCheckState) => {
      if (active) setState(change);
    };
    // Labels come once a device was allowed: listed again after each part started.
    const listDevices = () =>
      void check.devices().then(
        (devices) => update((state) => ({ ...state, devices })),
        () => {},
      );

    let preview: MediaStream | null = null;
    let cameraAttempt = 0;
    const startCamera = (deviceId?: string) => {
      const attempt = ++cameraAttempt;
      if (preview) stopStream(preview);
      preview = null;
      update((state) => ({ ...state, camera: 'checking', stream: null }));
      void check.camera(deviceId).then((outcome) => {
        if (attempt !== cameraAttempt) {
          if (outcome.status === 'ok') stopStream(outcome.stream);
          return;
        }
        if (outcome.status === 'ok') preview = outcome.stream;
        update((state) =>
          outcome.status === 'ok'
            ? { ...state, camera: 'ok', stream: outcome.stream }
            : { ...state, camera: outcome.status },
        );
        listDevices();
      });
    };

    let silence: number | undefined;
    let releaseMicrophone = () => {};
    let microphoneAttempt = 0;
    const startMicrophone = (deviceId?: string) => {
      const attempt = ++microphoneAttempt;
      releaseMicrophone();
      releaseMicrophone = () => {};
      window.clearTimeout(silence);
      update((state) => ({ ...state, microphone: 'checking', level: 0 }));
      const onLevel = (level: number) => {
        if (attempt !== microphoneAttempt) return;
        update((state) => ({
          ...state,
          level: meterLevel(state.level, level),
          microphone: level >= MIC_HEARD_LEVEL ? 'ok' : state.microphone,
        }));
      };
      void check.microphone(onLevel, deviceId).then((outcome) => {
        if (attempt !== microphoneAttempt) {
          if (outcome.status === 'ok') outcome.release();
          return;
        }
        listDevices();
        if (outcome.status !== 'ok')
          return update((state) => ({ ...state, microphone: outcome.status }));
        releaseMicrophone = outcome.release;
        // Listening: "ok" once it hears something, "silent" if it hears nothing for a while.
        silence = window.setTimeout(
          () =>
            update((state) =>
              state.microphone === 'checking' ? { ...state, microphone: 'silent' } : state,
            ),
          MIC_SILENCE_MS,
        );
      });
    };

    current.current = { check, startCamera, startMicrophone };
    startCamera(chosen.current.camera);
    startMicrophone(chosen.current.microphone);

    // The download after the round trips, so neither slows the other down.
    void checkConnection(serverOrigin).then(async (connection) => {
      update((state) => ({ ...state, connection }));
      const reachable = connection.status === 'done' && connection.https.reachable;
      const download = reachable
        ? await measureDownload(serverOrigin)
        : ({ status: 'failed' } as const);
      update((state) => ({ ...state, download }));
    });

    return () => {
      active = false;
      window.clearTimeout(silence);
      check.stop();
      if (current.current?.check === check) current.current = null;
    };
  }, [serverOrigin, run]);

  const playTestSound = useCallback(() => {
    const check = current.current?.check;
    if (!check) return;
    setState((state) => ({ ...state, playing: true, soundPlayed: true }));
    void check.playTestSound(chosen.current.speaker).then((played) =>
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

  const choose = useCallback((kind: DeviceKind, id: string) => {
    setState((state) => ({
      ...state,
      chosen: { ...state.chosen, [kind]: id },
      // Other speakers: the counsellor has not heard these yet.
      ...(kind === 'speaker' ? { speakers: 'untested', soundPlayed: false } : {}),
    }));
    if (kind === 'camera') current.current?.startCamera(id);
    if (kind === 'microphone') current.current?.startMicrophone(id);
  }, []);

  const checkAgain = useCallback(() => {
    // The choices stay: checking again checks the chosen devices.
    setState((state) => ({ ...initialDeviceCheckState, chosen: state.chosen }));
    setRun((run) => run + 1);
  }, []);

  return {
    state,
    verdict: checkVerdict(state),
    checking: isChecking(state),
    playTestSound,
    answerSpeakers,
    choose,
    checkAgain,
  };
}
