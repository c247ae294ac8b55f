/**
 * Appends the organisation's opt-out sentence ("Reply STOP to opt out") on
 * its own line, unless the text already contains it (ignoring case), so a
 * marketer who wrote it by hand does not get it twice.
 */
export function appendOptOutText(text: string, optOutText: string): string {
  const sentence = optOutText.trim();
  if (sentence === "" || containsOptOutText(text, sentence)) return text;
  if (text.trim() === "") return sentence;
  return joinOptOutText(text, sentence);
}

export function containsOptOutText(text: string, optOutText: string): boolean {
  return text.toLowerCase().includes(optOutText.trim().toLowerCase());
}

/** Puts the sentence on its own line unless the text already ends in whitespace. */
export function joinOptOutText(text: string, sentence: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x20 || last === 0x0a || last === 0x0d ? text + sentence : `${text}\n${sentence}`;
}
