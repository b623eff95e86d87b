import { describe, expect, it } from 'vitest';
import {
  checkVerdict,
  isChecking,
  levelFromSamples,
  meterLevel,
  MIC_HEARD_LEVEL,
  verdictSummary,
  type ConnectionCheck,
  type DeviceCheckResults,
} from '../../../src/shared/device-check';

const fast: ConnectionCheck = {
  status: 'done',
  https: { reachable: true, rttMs: 42 },
  websocket: { reachable: true, rttMs: 55 },
};
const allWell: DeviceCheckResults = {
  camera: 'ok',
  microphone: 'ok',
  speakers: 'heard',
  connection: fast,
  download: { status: 'done', kbps: 12_000 },
};
const reasons = (results: Partial<DeviceCheckResults>) =>
  checkVerdict({ ...allWell, ...results }).reasons.map((key) => key.split('.').at(-1));

describe('the verdict of the equipment check', () => {
  it('is "all set" when everything works', () => {
    expect(checkVerdict(allWell)).toEqual({ level: 'good', reasons: [] });
  });

  it('does not hold untested speakers against the counsellor', () => {
    expect(checkVerdict({ ...allWell, speakers: 'untested' }).level).toBe('good');
  });

  it('says "all set" only after the counsellor heard the test sound', () => {
    const summary = (results: Partial<DeviceCheckResults>) => {
      const all = { ...allWell, ...results };
      return verdictSummary(all, checkVerdict(all));
    };
    expect(summary({})).toBe('good');
    expect(summary({ speakers: 'untested' })).toBe('speakersPending');
    expect(summary({ speakers: 'untested', download: { status: 'checking' } })).toBe('checking');
    // A problem shows at once, tested speakers or not.
    expect(summary({ speakers: 'untested', camera: 'denied' })).toBe('limited');
    expect(summary({ speakers: 'not-heard' })).toBe('limited');
    expect(summary({ speakers: 'untested', connection: { status: 'offline' } })).toBe('blocked');
  });

  it('holds a download below 2,000 kbit/s (Anlage 31b BMV-Ä) against video, not one at it', () => {
    expect(reasons({ download: { status: 'done', kbps: 1999 } })).toEqual(['slowDownload']);
    expect(checkVerdict({ ...allWell, download: { status: 'done', kbps: 800 } }).level).toBe(
      'limited',
    );
    expect(reasons({ download: { status: 'done', kbps: 2000 } })).toEqual([]);
    // Unmeasured says nothing; an unreachable server is reported as that alone.
    expect(reasons({ download: { status: 'failed' } })).toEqual([]);
    expect(
      reasons({
        download: { status: 'done', kbps: 10 },
        connection: {
          status: 'done',
          https: { reachable: false, failure: 'unreachable' },
          websocket: { reachable: false, failure: 'unreachable' },
        },
      }),
    ).toEqual(['serverUnreachable']);
  });

  it.each<[string, Partial<DeviceCheckResults>, 'limited' | 'blocked', string[]]>([
    [
      'an unreachable server blocks',
      {
        connection: {
          status: 'done',
          https: { reachable: false, failure: 'unreachable' },
          websocket: { reachable: false, failure: 'unreachable' },
        },
      },
      'blocked',
      ['serverUnreachable'],
    ],
    [
      'a server that does not answer in time blocks',
      {
        connection: {
          status: 'done',
          https: { reachable: false, failure: 'timeout' },
          websocket: { reachable: true, rttMs: 80 },
        },
      },
      'blocked',
      ['serverUnreachable'],
    ],
    ['no internet at all blocks', { connection: { status: 'offline' } }, 'blocked', ['offline']],
    ['a denied microphone blocks', { microphone: 'denied' }, 'blocked', ['microphoneDenied']],
    ['a missing microphone blocks', { microphone: 'missing' }, 'blocked', ['microphoneMissing']],
    ['a failing microphone blocks', { microphone: 'error' }, 'blocked', ['microphoneError']],
    ['no camera means audio only', { camera: 'missing' }, 'limited', ['cameraMissing']],
    ['a denied camera means audio only', { camera: 'denied' }, 'limited', ['cameraDenied']],
    ['a busy camera means audio only', { camera: 'error' }, 'limited', ['cameraError']],
    ['a silent microphone gets a hint', { microphone: 'silent' }, 'limited', ['microphoneSilent']],
    ['an unheard test sound', { speakers: 'not-heard' }, 'limited', ['speakersNotHeard']],
    [
      'a slow round trip suggests switching video off',
      {
        connection: {
          status: 'done',
          https: { reachable: true, rttMs: 420 },
          websocket: { reachable: true, rttMs: 500 },
        },
      },
      'limited',
      ['slow'],
    ],
    [
      'a failed WebSocket with a reachable server',
      {
        connection: {
          status: 'done',
          https: { reachable: true, rttMs: 40 },
          websocket: { reachable: false, failure: 'timeout' },
        },
      },
      'limited',
      ['websocketFailed'],
    ],
  ])('%s', (_case, results, level, expected) => {
    expect(checkVerdict({ ...allWell, ...results }).level).toBe(level);
    expect(reasons(results)).toEqual(expected);
  });

  it('judges a slow link by the HTTPS median, not the WebSocket handshake', () => {
    const connection: ConnectionCheck = {
      status: 'done',
      https: { reachable: true, rttMs: 300 },
      websocket: { reachable: true, rttMs: 900 },
    };
    expect(checkVerdict({ ...allWell, connection }).level).toBe('good');
  });

  it('names the most serious reasons first, each an i18n key', () => {
    const verdict = checkVerdict({
      camera: 'missing',
      microphone: 'silent',
      speakers: 'not-heard',
      connection: { status: 'offline' },
      download: { status: 'failed' },
    });
    expect(verdict).toEqual({
      level: 'blocked',
      reasons: [
        'deviceCheck.reasons.offline',
        'deviceCheck.reasons.cameraMissing',
        'deviceCheck.reasons.microphoneSilent',
        'deviceCheck.reasons.speakersNotHeard',
      ],
    });
  });

  it('says nothing about parts still being checked', () => {
    const pending: DeviceCheckResults = {
      camera: 'checking',
      microphone: 'checking',
      speakers: 'untested',
      connection: { status: 'checking' },
      download: { status: 'checking' },
    };
    expect(checkVerdict(pending)).toEqual({ level: 'good', reasons: [] });
    expect(isChecking(pending)).toBe(true);
    expect(isChecking({ ...allWell, microphone: 'checking' })).toBe(true);
    expect(isChecking({ ...allWell, connection: { status: 'checking' } })).toBe(true);
    expect(isChecking({ ...allWell, download: { status: 'checking' } })).toBe(true);
    expect(isChecking({ ...allWell, speakers: 'untested' })).toBe(false);
  });
});

describe('the microphone level', () => {
  const sine = (amplitude: number, length = 2048) =>
    Float32Array.from({ length }, (_, i) => amplitude * Math.sin((2 * Math.PI * i) / 64));

  it('is 0 for silence and for no samples', () => {
    expect(levelFromSamples(new Float32Array(1024))).toBe(0);
    expect(levelFromSamples([])).toBe(0);
  });

  it('is 1 at full scale and never more', () => {
    expect(levelFromSamples(new Float32Array(1024).fill(1))).toBe(1);
    expect(levelFromSamples(new Float32Array(1024).fill(-3))).toBe(1);
  });

  it('rises with the loudness on a decibel scale', () => {
    // RMS of a sine is amplitude / √2: 0.1 → −23 dBFS, 0.001 → −63 dBFS.
    expect(levelFromSamples(sine(0.1))).toBeCloseTo(0.616, 2);
    expect(levelFromSamples(sine(0.001))).toBe(0);
    expect(levelFromSamples(sine(0.01))).toBeLessThan(levelFromSamples(sine(0.1)));
  });

  it('counts speech as heard and background hiss as not', () => {
    expect(levelFromSamples(sine(0.05))).toBeGreaterThanOrEqual(MIC_HEARD_LEVEL);
    expect(levelFromSamples(sine(0.003))).toBeLessThan(MIC_HEARD_LEVEL);
  });
});

describe('the meter', () => {
  it('jumps up at once and falls back gently to zero', () => {
    expect(meterLevel(0.1, 0.6)).toBe(0.6);
    expect(meterLevel(0.6, 0)).toBeCloseTo(0.48);
    let shown = 0.6;
    for (let reading = 0; reading < 30; reading++) shown = meterLevel(shown, 0);
    expect(shown).toBe(0);
  });
});
