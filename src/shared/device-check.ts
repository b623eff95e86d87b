/**
 * The equipment check before a consultation: what each part found, and the
 * plain-language verdict drawn from it. Pure, so the rules are tested as a table.
 */

export type CameraCheck = 'checking' | 'ok' | 'denied' | 'missing' | 'error';
export type MicrophoneCheck = 'checking' | 'ok' | 'silent' | 'denied' | 'missing' | 'error';
/** The counsellor's own answer after the test sound. */
export type SpeakerCheck = 'untested' | 'heard' | 'not-heard';

/** `unreachable`: no answer at all (offline, DNS, TLS, refused, blocked); `timeout`: none in time. */
export type ProbeFailure = 'unreachable' | 'timeout';
export type ProbeResult =
  { reachable: true; rttMs: number } | { reachable: false; failure: ProbeFailure };

export type ConnectionCheck =
  | { status: 'checking' }
  | { status: 'offline' }
  | { status: 'done'; https: ProbeResult; websocket: ProbeResult };

/**
 * Download throughput from the server: `kbps` over what arrived. `failed`: too
 * little arrived to say (server unreachable, file missing, refused).
 */
export type DownloadCheck =
  { status: 'checking' } | { status: 'done'; kbps: number } | { status: 'failed' };

export interface DeviceCheckResults {
  camera: CameraCheck;
  microphone: MicrophoneCheck;
  speakers: SpeakerCheck;
  connection: ConnectionCheck;
  download: DownloadCheck;
}

export type VerdictLevel = 'good' | 'limited' | 'blocked';
/** What the summary line says: still checking, waiting for the speaker test, or the verdict. */
export type VerdictSummary = 'checking' | 'speakersPending' | VerdictLevel;

export const verdictReasons = [
  // Blocked: the consultation cannot work like this.
  'offline',
  'serverUnreachable',
  'microphoneDenied',
  'microphoneMissing',
  'microphoneError',
  // Limited: it works, with a restriction the counsellor should know.
  'websocketFailed',
  'slow',
  'slowDownload',
  'cameraDenied',
  'cameraMissing',
  'cameraError',
  'microphoneSilent',
  'speakersNotHeard',
] as const;
export type VerdictReason = (typeof verdictReasons)[number];
/** An i18n key of the `deviceCheck.reasons` section. */
export type VerdictReasonKey = `deviceCheck.reasons.${VerdictReason}`;

export interface Verdict {
  level: VerdictLevel;
  /** Most serious first. */
  reasons: VerdictReasonKey[];
}

/** Above this round trip, video tends to stutter; the counsellor is told to try audio only. */
export const SLOW_RTT_MS = 300;
/**
 * The minimum download bandwidth for a video consultation that Anlage 31b
 * BMV-Ä (the German requirements for video consultations) names: 2,000 kbit/s.
 */
export const MIN_DOWNLOAD_KBPS = 2000;
/** A meter level at or above this (about −45 dBFS) counts as "the microphone hears something". */
export const MIC_HEARD_LEVEL = 0.25;
/** How long the microphone may stay quiet before the check calls it silent. */
export const MIC_SILENCE_MS = 6000;
/** The level meter shows −60 dBFS … 0 dBFS; quieter than that is 0. */
const METER_FLOOR_DB = -60;

const blocking = new Set<VerdictReason>([
  'offline',
  'serverUnreachable',
  'microphoneDenied',
  'microphoneMissing',
  'microphoneError',
]);

const cameraReasons: Partial<Record<CameraCheck, VerdictReason>> = {
  denied: 'cameraDenied',
  missing: 'cameraMissing',
  error: 'cameraError',
};
const microphoneReasons: Partial<Record<MicrophoneCheck, VerdictReason>> = {
  denied: 'microphoneDenied',
  missing: 'microphoneMissing',
  error: 'microphoneError',
  silent: 'microphoneSilent',
};

/** True while an automatic part has not finished; the speakers wait for the counsellor. */
export function isChecking(results: DeviceCheckResults): boolean {
  return (
    results.camera === 'checking' ||
    results.microphone === 'checking' ||
    results.connection.status === 'checking' ||
    results.download.status === 'checking'
  );
}

/**
 * The summary line: "All set" only once the counsellor heard the test sound;
 * until then a good result asks for the speaker test. Problems show at once.
 */
export function verdictSummary(results: DeviceCheckResults, verdict: Verdict): VerdictSummary {
  if (verdict.level !== 'good') return verdict.level;
  if (isChecking(results)) return 'checking';
  return results.speakers === 'heard' ? 'good' : 'speakersPending';
}

/**
 * What the results mean for the consultation. Parts still being checked and
 * speakers not yet tested say nothing either way.
 */
export function checkVerdict(results: DeviceCheckResults): Verdict {
  const found = new Set<VerdictReason>();
  const { connection } = results;
  if (connection.status === 'offline') found.add('offline');
  if (connection.status === 'done') {
    if (!connection.https.reachable) found.add('serverUnreachable');
    else {
      if (!connection.websocket.reachable) found.add('websocketFailed');
      if (connection.https.rttMs > SLOW_RTT_MS) found.add('slow');
      const { download } = results;
      if (download.status === 'done' && download.kbps < MIN_DOWNLOAD_KBPS)
        found.add('slowDownload');
    }
  }
  const camera = cameraReasons[results.camera];
  if (camera) found.add(camera);
  const microphone = microphoneReasons[results.microphone];
  if (microphone) found.add(microphone);
  if (results.speakers === 'not-heard') found.add('speakersNotHeard');

  const reasons = verdictReasons.filter((reason) => found.has(reason));
  const level: VerdictLevel = reasons.some((reason) => blocking.has(reason))
    ? 'blocked'
    : reasons.length > 0
      ? 'limited'
      : 'good';
  return { level, reasons: reasons.map((reason) => `deviceCheck.reasons.${reason}` as const) };
}

/**
 * The meter level of one block of time-domain samples (−1 … 1): their RMS on
 * a decibel scale from −60 dBFS (0) to full scale (1), so speech moves the bar.
 */
export function levelFromSamples(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i]! * samples[i]!;
  const rms = Math.sqrt(sum / samples.length);
  if (rms === 0) return 0;
  const db = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (db - METER_FLOOR_DB) / -METER_FLOOR_DB));
}

/** How much of the last level the meter keeps per reading: it falls back gently instead of flickering. */
const METER_FALL = 0.8;

/** The meter's next level: a louder reading shows at once, a quieter one lets it fall slowly. */
export function meterLevel(shown: number, measured: number): number {
  const next = Math.max(measured, shown * METER_FALL);
  return next < 0.01 ? 0 : next;
}
