import { describe, expect, it } from 'vitest';
import {
  createMediaCheck,
  mediaFailureOf,
  type AnalyserLike,
  type AudioContextLike,
  type AudioNodeLike,
  type AudioParamLike,
  type GainLike,
  type MediaCheckEnvironment,
  type OscillatorLike,
} from '../../../src/renderer/meeting/media-check';

class FakeTrack {
  stopped = false;
  constructor(readonly kind: 'audio' | 'video') {}
  stop() {
    this.stopped = true;
  }
}
const fakeStream = (kind: 'audio' | 'video') => {
  const tracks = [new FakeTrack(kind)];
  return { tracks, stream: { getTracks: () => tracks } as unknown as MediaStream };
};

class FakeNode implements AudioNodeLike {
  connectedTo: AudioNodeLike[] = [];
  disconnected = false;
  connect(destination: AudioNodeLike) {
    this.connectedTo.push(destination);
    return destination;
  }
  disconnect() {
    this.disconnected = true;
  }
}
class FakeParam implements AudioParamLike {
  readonly events: [string, number, number][] = [];
  setValueAtTime(value: number, time: number) {
    this.events.push(['set', value, time]);
  }
  linearRampToValueAtTime(value: number, time: number) {
    this.events.push(['linear', value, time]);
  }
  exponentialRampToValueAtTime(value: number, time: number) {
    this.events.push(['exponential', value, time]);
  }
}
class FakeAnalyser extends FakeNode implements AnalyserLike {
  fftSize = 2048;
  /** What the microphone "hears" next. */
  samples: number[] = [];
  getFloatTimeDomainData(array: Float32Array<ArrayBuffer>) {
    array.fill(0);
    array.set(this.samples.slice(0, array.length));
  }
}
class FakeOscillator extends FakeNode implements OscillatorLike {
  type: OscillatorType = 'sine';
  frequency = new FakeParam();
  startedAt: number | null = null;
  stops: (number | undefined)[] = [];
  private ended: (() => void)[] = [];
  start(when?: number) {
    this.startedAt = when ?? 0;
  }
  stop(when?: number) {
    this.stops.push(when);
  }
  addEventListener(_type: 'ended', listener: () => void) {
    this.ended.push(listener);
  }
  end() {
    for (const listener of this.ended) listener();
  }
}
class FakeGain extends FakeNode implements GainLike {
  gain = new FakeParam();
}
class FakeAudioContext implements AudioContextLike {
  currentTime = 10;
  destination = new FakeNode();
  state: 'running' | 'closed' = 'running';
  analysers: FakeAnalyser[] = [];
  sources: FakeNode[] = [];
  oscillators: FakeOscillator[] = [];
  gains: FakeGain[] = [];
  resumed = 0;
  /** Where the sound goes: set through setSinkId when the test gives the context one. */
  sinks: string[] = [];
  createMediaStreamSource() {
    const source = new FakeNode();
    this.sources.push(source);
    return source;
  }
  createAnalyser() {
    const analyser = new FakeAnalyser();
    this.analysers.push(analyser);
    return analyser;
  }
  createOscillator() {
    const oscillator = new FakeOscillator();
    this.oscillators.push(oscillator);
    return oscillator;
  }
  createGain() {
    const gain = new FakeGain();
    this.gains.push(gain);
    return gain;
  }
  resume() {
    this.resumed++;
    return Promise.resolve();
  }
  close() {
    this.state = 'closed';
    return Promise.resolve();
  }
}

const named = (name: string) => new DOMException('no', name);

/** Devices that answer as told; the level polling runs when the test says so. */
function fakeDevices(answers: { video?: Error | 'ok'; audio?: Error | 'ok' } = {}) {
  const contexts: FakeAudioContext[] = [];
  const tracks: FakeTrack[] = [];
  const asked: MediaStreamConstraints[] = [];
  const polls: { ms: number; callback: () => void; stopped: boolean }[] = [];
  let release: (() => void) | null = null;
  let hold = false;
  const env: MediaCheckEnvironment = {
    async getUserMedia(constraints) {
      asked.push(constraints);
      const kind = constraints.video ? 'video' : 'audio';
      const answer = answers[kind] ?? 'ok';
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      if (answer !== 'ok') throw answer;
      const { stream, tracks: made } = fakeStream(kind);
      tracks.push(...made);
      return stream;
    },
    createAudioContext() {
      const context = new FakeAudioContext();
      contexts.push(context);
      return context;
    },
    every(ms, callback) {
      const poll = { ms, callback, stopped: false };
      polls.push(poll);
      return () => (poll.stopped = true);
    },
    enumerateDevices: () =>
      Promise.resolve([
        { deviceId: 'default', kind: 'audioinput', label: 'Default - Headset' },
        { deviceId: 'mic-2', kind: 'audioinput', label: 'Headset' },
        { deviceId: 'cam-1', kind: 'videoinput', label: 'Built-in camera' },
        { deviceId: 'default', kind: 'audiooutput', label: 'Default - Speakers' },
        { deviceId: 'out-2', kind: 'audiooutput', label: 'Headset' },
        // Listed before any device was allowed: no id, nothing to choose.
        { deviceId: '', kind: 'videoinput', label: '' },
      ]),
    canChooseSpeaker: () => true,
  };
  return {
    env,
    contexts,
    tracks,
    asked,
    polls,
    poll: () => polls.filter((poll) => !poll.stopped).forEach((poll) => poll.callback()),
    /** The next getUserMedia waits until `release()`, as a permission prompt would. */
    holdNext: () => (hold = true),
    release: () => release?.(),
  };
}

describe('reading why a device failed', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['PermissionDeniedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'missing'],
    ['DevicesNotFoundError', 'missing'],
    ['OverconstrainedError', 'missing'],
    ['NotReadableError', 'error'],
    ['AbortError', 'error'],
  ])('%s → %s', (name, failure) => {
    expect(mediaFailureOf(named(name))).toBe(failure);
  });

  it('calls anything else an error', () => {
    expect(mediaFailureOf(new TypeError('mediaDevices is undefined'))).toBe('error');
    expect(mediaFailureOf('no')).toBe('error');
    expect(mediaFailureOf({ name: 'NotAllowedError' })).toBe('denied');
  });
});

describe('the camera and microphone check', () => {
  it('opens the camera alone and hands its stream to the preview', async () => {
    const devices = fakeDevices();
    const outcome = await createMediaCheck(devices.env).camera();
    expect(outcome.status).toBe('ok');
    expect(devices.asked).toEqual([{ video: true, audio: false }]);
  });

  it('opens the camera and microphone the counsellor chose, exactly those', async () => {
    const devices = fakeDevices();
    const check = createMediaCheck(devices.env);
    await check.camera('cam-1');
    await check.microphone(() => {}, 'mic-2');
    expect(devices.asked).toEqual([
      { video: { deviceId: { exact: 'cam-1' } }, audio: false },
      { audio: { deviceId: { exact: 'mic-2' } }, video: false },
    ]);
  });

  it('lets a microphone go when another is chosen, polling and all', async () => {
    const devices = fakeDevices();
    const check = createMediaCheck(devices.env);
    const first = await check.microphone(() => {});
    if (first.status !== 'ok') throw new Error('the microphone did not start');
    first.release();
    expect(devices.tracks[0]!.stopped).toBe(true);
    expect(devices.polls[0]!.stopped).toBe(true);
    expect(devices.contexts[0]!.sources[0]!.disconnected).toBe(true);
    // The audio context stays for the next microphone and the test sound.
    expect(devices.contexts[0]!.state).toBe('running');
    check.stop();
  });

  it('lists cameras, microphones and speakers to choose from, by kind', async () => {
    const devices = fakeDevices();
    const listed = await createMediaCheck(devices.env).devices();
    expect(listed).toEqual({
      camera: [{ id: 'cam-1', label: 'Built-in camera' }],
      microphone: [
        { id: 'default', label: 'Default - Headset' },
        { id: 'mic-2', label: 'Headset' },
      ],
      speaker: [
        { id: 'default', label: 'Default - Speakers' },
        { id: 'out-2', label: 'Headset' },
      ],
    });
    // Where sound cannot be sent to a chosen output, no speaker is offered.
    devices.env.canChooseSpeaker = () => false;
    expect((await createMediaCheck(devices.env).devices()).speaker).toEqual([]);
  });

  it('reports a denied camera and a missing microphone', async () => {
    const devices = fakeDevices({
      video: named('NotAllowedError'),
      audio: named('NotFoundError'),
    });
    const check = createMediaCheck(devices.env);
    expect(await check.camera()).toEqual({ status: 'denied' });
    expect(await check.microphone(() => {})).toEqual({ status: 'missing' });
    // Nothing was opened, so no audio context either.
    expect(devices.contexts).toEqual([]);
  });

  it('reports a camera another program holds as an error', async () => {
    const devices = fakeDevices({ video: named('NotReadableError') });
    expect(await createMediaCheck(devices.env).camera()).toEqual({ status: 'error' });
  });

  it('measures the microphone level from the analyser, never playing it back', async () => {
    const devices = fakeDevices();
    const levels: number[] = [];
    const check = createMediaCheck(devices.env);
    expect(await check.microphone((level) => levels.push(level))).toMatchObject({ status: 'ok' });

    const [context] = devices.contexts;
    const [analyser] = context!.analysers;
    expect(context!.sources[0]!.connectedTo).toEqual([analyser]);
    expect(analyser!.connectedTo).toEqual([]);
    expect(devices.polls[0]!.ms).toBe(100);

    devices.poll();
    analyser!.samples = Array.from({ length: 2048 }, (_, i) => 0.1 * Math.sin(i / 10));
    devices.poll();
    expect(levels[0]).toBe(0);
    expect(levels[1]).toBeGreaterThan(0.5);
  });

  it('stops every track, the polling and the audio context when the check ends', async () => {
    const devices = fakeDevices();
    const check = createMediaCheck(devices.env);
    await check.camera();
    await check.microphone(() => {});
    expect(devices.tracks.map((track) => track.stopped)).toEqual([false, false]);

    check.stop();
    expect(devices.tracks.map((track) => track.stopped)).toEqual([true, true]);
    expect(devices.polls.every((poll) => poll.stopped)).toBe(true);
    expect(devices.contexts[0]!.sources[0]!.disconnected).toBe(true);
    expect(devices.contexts[0]!.state).toBe('closed');
  });

  it('releases a device that arrives after the check ended', async () => {
    const devices = fakeDevices();
    const check = createMediaCheck(devices.env);
    devices.holdNext();
    const camera = check.camera();
    await Promise.resolve();
    check.stop();
    devices.release();
    expect((await camera).status).not.toBe('ok');
    expect(devices.tracks.map((track) => track.stopped)).toEqual([true]);
  });
});

describe('the test sound', () => {
  it('plays two rising tones through a gain to the speakers, then stops them', async () => {
    const devices = fakeDevices();
    const check = createMediaCheck(devices.env);
    const sound = check.playTestSound();

    const [context] = devices.contexts;
    const oscillators = context!.oscillators;
    expect(oscillators).toHaveLength(2);
    const [first, second] = oscillators as [FakeOscillator, FakeOscillator];
    const frequency = (oscillator: FakeOscillator) => oscillator.frequency.events[0]![1];
    expect(frequency(first)).toBeLessThan(frequency(second));
    expect(first.startedAt).toBeGreaterThanOrEqual(context!.currentTime);
    expect(second.startedAt).toBeGreaterThan(first.startedAt!);
    oscillators.forEach((oscillator, i) => {
      expect(oscillator.connectedTo).toEqual([context!.gains[i]]);
      expect(context!.gains[i]!.connectedTo).toEqual([context!.destination]);
      // Each is scheduled to stop: no tone is left running.
      expect(oscillator.stops[0]).toBeGreaterThan(oscillator.startedAt!);
    });
    // Fades in from silence: no click.
    expect(context!.gains[0]!.gain.events[0]).toEqual(['set', 0, first.startedAt]);

    second.end();
    expect(await sound).toBe(true);
    expect(oscillators.every((oscillator) => oscillator.disconnected)).toBe(true);
    expect(context!.gains.every((gain) => gain.disconnected)).toBe(true);
  });

  it('is cut short when the check ends, and the context closed', async () => {
    const devices = fakeDevices();
    const check = createMediaCheck(devices.env);
    const sound = check.playTestSound();
    check.stop();
    await sound;
    const [context] = devices.contexts;
    expect(context!.oscillators.every((oscillator) => oscillator.stops.length === 2)).toBe(true);
    expect(context!.state).toBe('closed');
    expect(await check.playTestSound()).toBe(false);
  });

  it('shares one audio context with the microphone', async () => {
    const devices = fakeDevices();
    const check = createMediaCheck(devices.env);
    await check.microphone(() => {});
    const sound = check.playTestSound();
    expect(devices.contexts).toHaveLength(1);
    check.stop();
    await sound;
  });

  it('plays on the chosen speaker, and on the system’s for "default"', async () => {
    const devices = fakeDevices();
    const realCreate = devices.env.createAudioContext;
    devices.env.createAudioContext = () => {
      const context = realCreate() as FakeAudioContext;
      return Object.assign(context, {
        setSinkId: (sink: string) => {
          context.sinks.push(sink);
          return Promise.resolve();
        },
      });
    };
    const check = createMediaCheck(devices.env);
    const onHeadset = check.playTestSound('out-2');
    await expect.poll(() => devices.contexts[0]!.oscillators.length).toBe(2);
    devices.contexts[0]!.oscillators[1]!.end();
    expect(await onHeadset).toBe(true);
    const onDefault = check.playTestSound('default');
    await expect.poll(() => devices.contexts[0]!.oscillators.length).toBe(4);
    devices.contexts[0]!.oscillators[3]!.end();
    expect(await onDefault).toBe(true);
    expect(devices.contexts[0]!.sinks).toEqual(['out-2', '']);
    check.stop();
  });

  it('says so when the chosen speaker cannot be used', async () => {
    const devices = fakeDevices();
    const realCreate = devices.env.createAudioContext;
    devices.env.createAudioContext = () =>
      Object.assign(realCreate(), {
        setSinkId: () => Promise.reject(new DOMException('gone', 'NotFoundError')),
      });
    expect(await createMediaCheck(devices.env).playTestSound('out-2')).toBe(false);
  });

  it('says so when no audio context can be made', async () => {
    const devices = fakeDevices();
    devices.env.createAudioContext = () => {
      throw new Error('no audio output');
    };
    expect(await createMediaCheck(devices.env).playTestSound()).toBe(false);
  });
});
