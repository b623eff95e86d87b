/** One day in milliseconds, for retention cut-offs and daily timers. */
export const DAY_MS = 86_400_000;
