import type { ReconnectBackoff } from "./bind-settings";

/**
 * How long to wait before connection attempt number `failures` + 1: doubling
 * from initialMs up to maxMs, then drawn from the upper half of that, so binds
 * that dropped together (an SMSC restart) do not all come back at once.
 */
export function reconnectDelay(
  failures: number,
  backoff: ReconnectBackoff,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(failures, 0), 30);
  const ceiling = Math.min(backoff.maxMs, backoff.initialMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
