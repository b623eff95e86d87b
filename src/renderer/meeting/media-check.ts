import { levelFromSamples } from '../../shared/device-check';

/** Why a device could not be used: not allowed, not there, or it failed to start. */
export type MediaFailure = 'denied' | 'missing' | 'error';

export type CameraOutcome = { status: 'ok'; stream: MediaStream } | { status: MediaFailure };
/** `release` lets the microphone go early (another one was chosen); `stop()` does it anyway. */
export type MicrophoneOutcome = { status: 'ok'; release: () => void } | { status: MediaFailure };

/** A camera, microphone or speaker the counsellor can choose, as the browser names it. */
export interface MediaDeviceChoice {
  id: string;
  label: string;
}
export interface MediaDeviceChoices {
  camera: MediaDeviceChoice[];
  microphone: MediaDeviceChoice[];
  /** Empty where sound cannot be sent to a chosen speaker (no `AudioContext.setSinkId`). */
  speaker: MediaDeviceChoice[];
}

/** What the check uses of Web Audio, so tests can pass a small fake. */
export interface AudioNodeLike {
  connect(destination: AudioNodeLike): unknown;
  disconnect(): void;
}
export interface AudioParamLike {
  setValueAtTime(value: number, time: number): unknown;
  linearRampToValueAtTime(value: number, time: number): unknown;
  exponentialRampToValueAtTime(value: number, time: number): unknown;
}
export interface AnalyserLike extends AudioNodeLike {
  fftSize: number;
  getFloatTimeDomainData(array: Float32Array<ArrayBuffer>): void;
}
export interface OscillatorLike extends AudioNodeLike {
  type: OscillatorType;
  frequency: AudioParamLike;
  start(when?: number): void;
  stop(when?: number): void;
  addEventListener(type: 'ended', listener: () => void): void;
}
export interface GainLike extends AudioNodeLike {
  gain: AudioParamLike;
}
export interface AudioContextLike {
  readonly currentTime: number;
  readonly destination: AudioNodeLike;
  createMediaStreamSource(stream: MediaStream): AudioNodeLike;
  createAnalyser(): AnalyserLike;
  createOscillator(): OscillatorLike;
  createGain(): GainLike;
  resume(): Promise<void>;
  close(): Promise<void>;
  /** Chromium 110+: sends the context's sound to another output ('' is the default). */
  setSinkId?(sinkId: string): Promise<void>;
}

export interface MediaCheckEnvironment {
  getUserMedia: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  createAudioContext: () => AudioContextLike;
  /** Calls `callback` every `ms`; the returned function stops it. */
  every: (ms: number, callback: () => void) => () => void;
  enumerateDevices: () => Promise<Pick<MediaDeviceInfo, 'deviceId' | 'kind' | 'label'>[]>;
  /** True where the test sound can go to a chosen speaker. */
  canChooseSpeaker: () => boolean;
}

export interface MediaCheck {
  /** Opens the camera (the chosen one, else the default); the stream is stopped by `stop()`. */
  camera(deviceId?: string): Promise<CameraOutcome>;
  /** Opens the microphone and reports its level (0 … 1) several times a second. */
  microphone(onLevel: (level: number) => void, deviceId?: string): Promise<MicrophoneOutcome>;
  /**
   * Plays a short two-tone chime, on `speakerId` when given; resolves when it has
   * finished or was stopped, false if it could not play.
   */
  playTestSound(speakerId?: string): Promise<boolean>;
  /** The cameras, microphones and speakers to choose from (named once a device is allowed). */
  devices(): Promise<MediaDeviceChoices>;
  /** Stops every track, the level polling and the sound, and closes the audio context. */
  stop(): void;
}

const LEVEL_INTERVAL_MS = 100;
const FFT_SIZE = 2048;
/** The chime: two rising tones, easier to notice (and to tell from a system beep) than one. */
const CHIME = [
  { frequency: 660, start: 0, duration: 0.35 },
  { frequency: 880, start: 0.35, duration: 0.6 },
] as const;
const CHIME_GAIN = 0.3;

export function browserMediaEnvironment(): MediaCheckEnvironment {
  return {
    getUserMedia: (constraints) => navigator.mediaDevices.getUserMedia(constraints),
    createAudioContext: () => new AudioContext(),
    every: (ms, callback) => {
      const timer = window.setInterval(callback, ms);
      return () => window.clearInterval(timer);
    },
    enumerateDevices: () => navigator.mediaDevices.enumerateDevices(),
    canChooseSpeaker: () => 'setSinkId' in AudioContext.prototype,
  };
}

/** Reads getUserMedia's DOMException by name, old Chromium names included. */
export function mediaFailureOf(error: unknown): MediaFailure {
  const name = error instanceof Error || isNamed(error) ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'missing';
    default:
      return 'error';
  }
}

function isNamed(value: unknown): value is { name: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string'
  );
}

export function stopStream(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/** One run of the equipment check: everything it opens, it closes in `stop()`. */
export function createMediaCheck(
  env: MediaCheckEnvironment = browserMediaEnvironment(),
): MediaCheck {
  let stopped = false;
  let context: AudioContextLike | null = null;
  const streams: MediaStream[] = [];
  const cleanups: (() => void)[] = [];
  const sounds = new Set<() => void>();

  const audio = (): AudioContextLike => {
    context ??= env.createAudioContext();
    // A context made before any click may start suspended (not in Electron, whose policy allows it).
    context.resume().catch(() => {});
    return context;
  };

  const capture = async (
    constraints: MediaStreamConstraints,
  ): Promise<{ stream: MediaStream } | { failure: MediaFailure }> => {
    let stream: MediaStream;
    try {
      stream = await env.getUserMedia(constraints);
    } catch (error) {
      return { failure: mediaFailureOf(error) };
    }
    // Arrived after the check was left: release the device at once.
    if (stopped) {
      stopStream(stream);
      return { failure: 'error' };
    }
    streams.push(stream);
    return { stream };
  };

  const exactly = (deviceId?: string): boolean | MediaTrackConstraints =>
    deviceId ? { deviceId: { exact: deviceId } } : true;

  return {
    async camera(deviceId) {
      const result = await capture({ video: exactly(deviceId), audio: false });
      return 'stream' in result
        ? { status: 'ok', stream: result.stream }
        : { status: result.failure };
    },

    async microphone(onLevel, deviceId) {
      const result = await capture({ audio: exactly(deviceId), video: false });
      if (!('stream' in result)) return { status: result.failure };
      try {
        const ctx = audio();
        const source = ctx.createMediaStreamSource(result.stream);
        const analyser = ctx.createAnalyser();
        analyser.fftSize = FFT_SIZE;
        // Into the analyser only, never to the speakers: no feedback.
        source.connect(analyser);
        const samples = new Float32Array(analyser.fftSize);
        const stopPolling = env.every(LEVEL_INTERVAL_MS, () => {
          analyser.getFloatTimeDomainData(samples);
          onLevel(levelFromSamples(samples));
        });
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          stopPolling();
          source.disconnect();
          stopStream(result.stream);
        };
        cleanups.push(release);
        return { status: 'ok', release };
      } catch {
        stopStream(result.stream);
        return { status: 'error' };
      }
    },

    async playTestSound(speakerId) {
      if (stopped) return false;
      let oscillators: { oscillator: OscillatorLike; gain: GainLike }[];
      try {
        const ctx = audio();
        // 'default' is the browser's name for the system's choice; setSinkId calls it ''.
        if (ctx.setSinkId)
          await ctx.setSinkId(speakerId && speakerId !== 'default' ? speakerId : '');
        if (stopped) return false;
        oscillators = chime(ctx);
      } catch {
        return false;
      }
      return new Promise<boolean>((resolve) => {
        const finish = () => {
          if (!sounds.delete(finish)) return;
          for (const { oscillator, gain } of oscillators) {
            try {
              oscillator.stop();
            } catch {
              // Already stopped.
            }
            oscillator.disconnect();
            gain.disconnect();
          }
          resolve(true);
        };
        sounds.add(finish);
        oscillators.at(-1)!.oscillator.addEventListener('ended', finish);
      });
    },

    async devices() {
      const all = await env.enumerateDevices();
      const of = (kind: MediaDeviceKind): MediaDeviceChoice[] =>
        all
          .filter((device) => device.kind === kind && device.deviceId)
          .map(({ deviceId, label }) => ({ id: deviceId, label }));
      return {
        camera: of('videoinput'),
        microphone: of('audioinput'),
        speaker: env.canChooseSpeaker() ? of('audiooutput') : [],
      };
    },

    stop() {
      stopped = true;
      for (const finish of [...sounds]) finish();
      for (const cleanup of cleanups.splice(0)) cleanup();
      for (const stream of streams.splice(0)) stopStream(stream);
      context?.close().catch(() => {});
      context = null;
    },
  };
}

/** One sine tone of a sound: when it starts after the first, and how long it lasts (s). */
export interface Tone {
  frequency: number;
  start: number;
  duration: number;
}

/**
 * Schedules sine tones on `ctx`, each through its own gain to the speakers,
 * `lead` seconds from now, with a soft attack and decay (no clicks).
 */
export function scheduleTones(
  ctx: AudioContextLike,
  tones: readonly Tone[],
  shape: { lead: number; gain: number; attack: number },
): { oscillator: OscillatorLike; gain: GainLike }[] {
  const begin = ctx.currentTime + shape.lead;
  return tones.map(({ frequency, start, duration }) => {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    const from = begin + start;
    const to = from + duration;
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(frequency, from);
    gain.gain.setValueAtTime(0, from);
    gain.gain.linearRampToValueAtTime(shape.gain, from + shape.attack);
    gain.gain.exponentialRampToValueAtTime(0.001, to);
    oscillator.connect(gain);
    gain.connect(ctx.destination);
    oscillator.start(from);
    oscillator.stop(to);
    return { oscillator, gain };
  });
}

/** Schedules the chime on `ctx`. */
function chime(ctx: AudioContextLike): { oscillator: OscillatorLike; gain: GainLike }[] {
  return scheduleTones(ctx, CHIME, { lead: 0.05, gain: CHIME_GAIN, attack: 0.02 });
}
