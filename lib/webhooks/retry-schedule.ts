/**
 * When a failed delivery is tried again. `schedule[n]` is the wait in
 * seconds after attempt n+1 failed; past its end the delivery has failed.
 * The default (WEBHOOK_RETRY_SCHEDULE) spans about a day: 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h. Each wait is stretched by up to 10% at
 * random, so endpoints that failed together are not retried in one burst.
 */
export function nextAttemptDelayMs(
  attemptsMade: number,
  schedule: readonly number[],
  random: () => number = Math.random,
): number | null {
  const seconds = schedule[attemptsMade - 1];
  if (seconds === undefined) return null;
  return Math.round(seconds * 1000 * (1 + 0.1 * random()));
}
