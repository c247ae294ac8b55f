import type { ThreadMessage } from "./inbox-data";

function byIdDescending(a: ThreadMessage, b: ThreadMessage): number {
  const x = BigInt(a.id);
  const y = BigInt(b.id);
  return x === y ? 0 : x > y ? -1 : 1;
}

/**
 * The thread (newest first) with messages read from the server: known ones
 * take the server's version (a newer status), new ones are added in id
 * order. Replies still on their way ("pending-…") stay on top until the
 * server's answer replaces them.
 */
export function mergeMessages(shown: ThreadMessage[], read: ThreadMessage[]): ThreadMessage[] {
  const pending = shown.filter((message) => message.pending);
  const stored = new Map(shown.filter((message) => !message.pending).map((message) => [message.id, message]));
  for (const message of read) stored.set(message.id, message);
  return [...pending, ...[...stored.values()].sort(byIdDescending)];
}

/**
 * The reply the server stored takes the place of its pending copy, unless a
 * live update already brought it (with a newer status than the answer's).
 */
export function settlePending(
  shown: ThreadMessage[],
  pendingId: string,
  stored: ThreadMessage,
): ThreadMessage[] {
  const rest = shown.filter((message) => message.id !== pendingId);
  return rest.some((message) => message.id === stored.id) ? rest : mergeMessages(rest, [stored]);
}
