/** What an inbound message asks for when it is one of the organization's keywords. */
export type KeywordAction = "opt_out" | "opt_in" | "help";

export interface KeywordLists {
  optOutKeywords: readonly string[];
  optInKeywords: readonly string[];
  helpKeywords: readonly string[];
}

/**
 * The whole message is the keyword: any case, surrounding spaces and a final
 * "." or "!" ignored ("Stop.", " STOP "). "Please stop texting me" is a
 * message for a person to read, not a keyword.
 */
export function classifyKeyword(text: string, lists: KeywordLists): KeywordAction | null {
  const word = text
    .trim()
    .replace(/[.!]+$/, "")
    .trim()
    .toUpperCase();
  if (word === "") return null;
  const has = (list: readonly string[]) => list.some((keyword) => keyword.trim().toUpperCase() === word);
  if (has(lists.optOutKeywords)) return "opt_out";
  if (has(lists.optInKeywords)) return "opt_in";
  if (has(lists.helpKeywords)) return "help";
  return null;
}
