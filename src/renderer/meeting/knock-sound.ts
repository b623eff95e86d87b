import { scheduleTones, type AudioContextLike } from './media-check';

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
  // Listened for in the same turn the tones are scheduled: no 'ended' is missed.
  const ended = scheduleTones(ctx, KNOCK, { lead: 0.02, gain: KNOCK_GAIN, attack: 0.015 }).map(
    ({ oscillator }) =>
      new Promise<void>((resolve) => oscillator.addEventListener('ended', resolve)),
  );
  await Promise.all(ended);
  await ctx.close().catch(() => {});
  return true;
}
