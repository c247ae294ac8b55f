import type { EffectiveAutoReply } from "./behaviour";

/**
 * Which text this destination answers with, or null when it is not among the
 * `share` that answer. Decided by a hash of the number (FNV-1a, 32 bits), so
 * the same numbers answer in every run and a test can name them in advance.
 */
export function autoReplyText(
  destination: string,
  settings: Pick<EffectiveAutoReply, "share" | "texts">,
): string | null {
  const hash = fnv1a(destination);
  if (hash / 0x1_0000_0000 >= settings.share) return null;
  return settings.texts[hash % settings.texts.length] ?? null;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
