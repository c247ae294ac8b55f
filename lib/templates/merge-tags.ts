/**
 * Merge tags: the four contact properties every contact has a slot for, and
 * custom fields (from CSV headers) under `fields.<name>`.
 */
export const STANDARD_TAGS = ["firstName", "lastName", "phone", "email"] as const;

export type StandardTag = (typeof STANDARD_TAGS)[number];

const STANDARD_LABELS: Readonly<Record<StandardTag, string>> = {
  firstName: "First name",
  lastName: "Last name",
  phone: "Phone number",
  email: "Email",
};

export function isStandardTag(name: string): name is StandardTag {
  return (STANDARD_TAGS as readonly string[]).includes(name);
}

export const MAX_FIELD_NAME_LENGTH = 64;

// Names that resolve to something on every object even when a contact lacks
// the field; refusing them keeps a template from ever reaching prototype members.
const RESERVED_FIELD_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), "prototype"]);

/**
 * Why a custom field name cannot be used, or null when it can. Allowed:
 * 1–64 characters of any script, digits, spaces and punctuation, except
 * brackets and braces (they delimit merge tags), control characters,
 * leading/trailing spaces, and names every JavaScript object already has
 * (`constructor`, `__proto__`, `toString`, …).
 */
export function checkFieldName(name: string): string | null {
  if (name.length === 0) return "A field name cannot be empty.";
  if (name.length > MAX_FIELD_NAME_LENGTH) {
    return `A field name can be at most ${MAX_FIELD_NAME_LENGTH} characters.`;
  }
  if (name.trim() !== name) return "A field name cannot start or end with a space.";
  if (/[[\]{}\u0000-\u001f\u007f]/.test(name)) {
    return "A field name cannot contain brackets, braces or control characters.";
  }
  if (RESERVED_FIELD_NAMES.has(name)) return `“${name}” is reserved; choose another field name.`;
  return null;
}

export function isValidFieldName(name: string): boolean {
  return checkFieldName(name) === null;
}

// What Handlebars reads as a plain path segment; anything else (spaces, dots,
// a leading digit, true/false/null/undefined…) needs the [..] literal form.
const PLAIN_SEGMENT = /^[\p{L}_][\p{L}\p{N}_-]*$/u;
const KEYWORDS = new Set(["true", "false", "null", "undefined", "this", "else", "as"]);

/** The merge tag that reads a custom field: `{{fields.plan}}`, `{{fields.[renewal date]}}`. */
export function formatMergeTag(fieldName: string): string {
  return `{{${fieldPath(fieldName)}}}`;
}

/** The path inside the braces: `fields.plan` or `fields.[renewal date]`. */
export function fieldPath(fieldName: string): string {
  const plain = PLAIN_SEGMENT.test(fieldName) && !KEYWORDS.has(fieldName);
  return plain ? `fields.${fieldName}` : `fields.[${fieldName}]`;
}

export interface MergeTagOption {
  /** The canonical name: `firstName`, `fields.renewal date`. */
  tag: string;
  label: string;
  /** The text to insert at the cursor. */
  insert: string;
}

/** The merge-tag picker's entries: standard tags, then the organisation's valid custom fields. */
export function listMergeTags(knownFields: readonly string[]): MergeTagOption[] {
  const standard = STANDARD_TAGS.map((tag) => ({ tag, label: STANDARD_LABELS[tag], insert: `{{${tag}}}` }));
  const custom = [...new Set(knownFields)]
    .filter(isValidFieldName)
    .map((name) => ({ tag: `fields.${name}`, label: name, insert: formatMergeTag(name) }));
  return [...standard, ...custom];
}
