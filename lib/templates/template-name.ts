import { ValidationError } from "@/lib/errors";
import { ZTemplateDraft } from "./templates.schema";

const MAX_NAME_LENGTH = ZTemplateDraft.shape.name.maxLength ?? 100;

export function nameTakenError(name: string): ValidationError {
  return new ValidationError(`A template named “${name}” already exists. Choose another name.`, "name");
}

/**
 * The first free name for a copy: "Copy of Welcome", then "Copy of Welcome (2)",
 * "(3)"… The original's name is shortened (by whole characters) when the
 * copy's name would be too long.
 */
export function copyName(original: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const room = MAX_NAME_LENGTH - "Copy of ".length - suffix.length;
    const candidate = `Copy of ${shorten(original, room)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** At most `room` UTF-16 units (what the name's length limit counts), never cutting an emoji in half. */
function shorten(text: string, room: number): string {
  if (text.length <= room) return text;
  let result = "";
  for (const character of text) {
    if (result.length + character.length > room) break;
    result += character;
  }
  return result.trimEnd();
}
