export interface TextEdit {
  value: string;
  /** The selection to put back after the edit: the caret after the insertion, or a part of it to type over. */
  selectionStart: number;
  selectionEnd: number;
}

/**
 * Puts `insert` where the user's selection is (replacing it), as typing
 * would. `select`, when given, is the part of `insert` to leave selected,
 * such as a fallback's placeholder text.
 */
export function insertAtCursor(
  value: string,
  selection: { start: number; end: number },
  insert: string,
  select?: { start: number; end: number },
): TextEdit {
  const start = Math.max(0, Math.min(selection.start, value.length));
  const end = Math.max(start, Math.min(selection.end, value.length));
  const next = value.slice(0, start) + insert + value.slice(end);
  if (select) return { value: next, selectionStart: start + select.start, selectionEnd: start + select.end };
  return { value: next, selectionStart: start + insert.length, selectionEnd: start + insert.length };
}

/** `{{default firstName "there"}}`, with where the placeholder "there" sits so it can be typed over. */
export function fallbackTag(path: string, placeholder: string) {
  const head = `{{default ${path} "`;
  return {
    text: `${head}${placeholder}"}}`,
    select: { start: head.length, end: head.length + placeholder.length },
  };
}
