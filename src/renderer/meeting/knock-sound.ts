import type { AudioContextLike } from './media-check';

/**
 * The knock: a soft two-tone "ding-dong" (falling, unlike the test sound's
 * rising chime), synthesised with Web Audio, so nothing is fetched for it.
 */
const KNOCK = [
  { frequency: 784, start: 0, duration: 0.3 },
  { frequency: 587, start: 0.28, duration: 0.55 },
] as const;
const KNOCK_GAIN = 0.25;

/**
 * Plays the knock once on a context of its own, closed when the sound is over.
 * Resolves false when no sound could be made (no output, say): the live region
 * and the panel still say who knocks.
 */
export async function playKnockSound(
  createAudioContext: () => AudioContextLike = () => new AudioContext(),
): Promise<boolean> {
  let ctx: AudioContextLike;
  try {
    ctx = createAudioContext();
    await ctx.resume();
  } catch {
    return false;
  }
  const begin = ctx.currentTime + 0.02;
  const ended: Promise<void>[] = KNOCK.map(({ frequency, start, duration }) => {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    const from = begin + start;
    const to = from + duration;
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(frequency, from);
    gain.gain.setValueAtTime(0, from);
    gain.gain.linearRampToValueAtTime(KNOCK_GAIN, from + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.001, to);
    oscillator.connect(gain);
    gain.connect(ctx.destination);
    const done = new Promise<void>((resolve) => oscillator.addEventListener('ended', resolve));
    oscillator.start(from);
    oscillator.stop(to);
    return done;
  });
  await Promise.all(ended);
  await ctx.close().catch(() => {});
  return true;
}
