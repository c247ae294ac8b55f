import { z } from "zod";

export const MAX_KEYWORD_LENGTH = 20;
export const MAX_KEYWORDS_PER_LIST = 30;
/** Two concatenated GSM-7 segments hold 306 characters; 320 leaves room for a reply in UCS-2 too, at five. */
export const MAX_AUTO_REPLY_LENGTH = 320;

const KEYWORD = new RegExp(`^[\\p{L}\\p{N}]{1,${MAX_KEYWORD_LENGTH}}$`, "u");

/**
 * Keywords as people type them: separated by commas or lines, any case,
 * spaces around them ignored. Upper-cased (inbound messages are matched in
 * upper case), blanks dropped, each kept once, in the order typed.
 */
export function splitKeywords(text: string): string[] {
  const words = text
    .split(/[,\r\n]+/)
    .map((word) => word.trim().toUpperCase())
    .filter((word) => word !== "");
  return [...new Set(words)];
}

const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(", ");

/** One list of keywords, as typed text or as an array (each item may itself hold several). */
function keywordList(name: string) {
  return z
    .union([z.string(), z.array(z.string())], { error: `Enter the ${name} keywords as text.` })
    .transform((value, ctx) => {
      const keywords = splitKeywords(Array.isArray(value) ? value.join("\n") : value);
      const bad = keywords.filter((word) => !KEYWORD.test(word));
      if (bad.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `${bad.length === 1 ? "Not a keyword" : "Not keywords"}: ${quoted(bad)}. Use 1–${MAX_KEYWORD_LENGTH} letters or digits each, without spaces or punctuation.`,
        });
        return z.NEVER;
      }
      if (keywords.length > MAX_KEYWORDS_PER_LIST) {
        ctx.addIssue({ code: "custom", message: `Keep it to ${MAX_KEYWORDS_PER_LIST} keywords or fewer.` });
        return z.NEVER;
      }
      return keywords;
    });
}

/** A reply sent automatically: trimmed, not empty, at most MAX_AUTO_REPLY_LENGTH characters. */
function replyText(what: string) {
  return z
    .string({ error: `Write the ${what}.` })
    .trim()
    .min(1, `Write the ${what}.`)
    .max(MAX_AUTO_REPLY_LENGTH, `Keep the ${what} to ${MAX_AUTO_REPLY_LENGTH} characters or fewer.`);
}

const LISTS = [
  ["optOutKeywords", "opt-out"],
  ["optInKeywords", "opt-in"],
  ["helpKeywords", "help"],
] as const;

const ZKeywordSettingsFields = z.object({
  optOutKeywords: keywordList("opt-out").refine(
    (keywords) => keywords.length > 0,
    "Keep at least one opt-out keyword, such as STOP: people must always be able to opt out.",
  ),
  optInKeywords: keywordList("opt-in"),
  helpKeywords: keywordList("help"),
  helpText: replyText("help reply"),
  optOutConfirmation: replyText("opt-out confirmation"),
  optInConfirmation: replyText("opt-in confirmation"),
});

/**
 * A word belongs to one list only: an inbound message does one thing. The
 * earlier list keeps it and the later one is told. Checked even when another
 * field is wrong, between the lists that could be read, so every problem is
 * named at once.
 */
function checkOneListPerWord(draft: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const owner = new Map<string, string>();
  for (const [field, name] of LISTS) {
    const keywords = draft[field];
    if (!Array.isArray(keywords)) continue;
    const taken = (keywords as string[]).filter((word) => owner.has(word));
    if (taken.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: `Already in another list: ${taken
          .map((word) => `“${word}” (${owner.get(word)})`)
          .join(", ")}. A word can be in one list only.`,
      });
    }
    for (const word of keywords as string[]) if (!owner.has(word)) owner.set(word, name);
  }
}

/**
 * The keywords and automatic replies of an organization's inbox, as the
 * settings form submits them. There is always an opt-out keyword: carriers
 * require that people can stop messages.
 */
export const ZKeywordSettingsDraft = ZKeywordSettingsFields.superRefine(checkOneListPerWord, {
  when: () => true,
});
export type KeywordSettingsDraft = z.input<typeof ZKeywordSettingsDraft>;
export type KeywordSettingsField = keyof KeywordSettingsDraft;

/** The settings as stored and shown. */
export type KeywordSettings = z.output<typeof ZKeywordSettingsDraft>;

const ZOrgId = z.uuid("Unknown organization.");
const ZRole = z.enum(["owner", "admin", "member"]);

export const ZGetKeywordSettings = z.object({ orgId: ZOrgId });
export type GetKeywordSettingsInput = z.input<typeof ZGetKeywordSettings>;

export const ZUpdateKeywordSettings = ZKeywordSettingsFields.extend({
  orgId: ZOrgId,
  role: ZRole,
}).superRefine(checkOneListPerWord, { when: () => true });
export type UpdateKeywordSettingsInput = z.input<typeof ZUpdateKeywordSettings>;
