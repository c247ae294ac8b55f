import { LOOKALIKE_REPLACEMENTS } from "./lookalikes";

export interface LookalikeReplacement {
  text: string;
  /** How many characters were replaced or removed. */
  replaced: number;
}

/**
 * The editor's one-click "make it GSM-7": swaps typographic look-alikes
 * (smart quotes, dashes, ellipsis, odd spaces; see `LOOKALIKE_REPLACEMENTS`)
 * for GSM-7 characters. Anything else that forces UCS-2, such as emoji or
 * letters outside GSM-7, is left for the marketer to decide.
 */
export function replaceLookalikes(text: string): LookalikeReplacement {
  let result = "";
  let replaced = 0;
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const replacement = LOOKALIKE_REPLACEMENTS.get(text[i]!);
    if (replacement === undefined) continue;
    result += text.slice(copiedUpTo, i) + replacement;
    copiedUpTo = i + 1;
    replaced++;
  }
  if (replaced === 0) return { text, replaced };
  return { text: result + text.slice(copiedUpTo), replaced };
}
