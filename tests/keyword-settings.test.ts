import { describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import {
  ZKeywordSettingsDraft,
  getKeywordSettings,
  updateKeywordSettings,
  type KeywordSettingsDraft,
} from "@/lib/messaging";
import { makeOrganization } from "./helpers/factories";

const DEFAULTS = {
  optOutKeywords: ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"],
  optInKeywords: ["START", "UNSTOP"],
  helpKeywords: ["HELP", "INFO"],
  helpText: "Reply STOP to opt out. Msg&data rates may apply.",
  optOutConfirmation:
    "You have been unsubscribed and will receive no more messages. Reply START to resubscribe.",
  optInConfirmation: "You are subscribed again. Reply STOP to opt out.",
};

const draft: KeywordSettingsDraft = {
  optOutKeywords: "stop, Unsubscribe\nstopp",
  optInKeywords: "start",
  helpKeywords: "help, hilfe",
  helpText: "Relay Shop: help at shop.example. Reply STOP to opt out.",
  optOutConfirmation: "You will get no more messages from Relay Shop.",
  optInConfirmation: "Welcome back to Relay Shop. Reply STOP to opt out.",
};

describe("keyword settings", () => {
  it("start from the defaults of a new organization", async () => {
    const { org } = await makeOrganization();
    expect(await getKeywordSettings({ orgId: org.id })).toEqual(DEFAULTS);
  });

  it("store keyword lists in upper case, each word once, and the replies trimmed", async () => {
    const { org } = await makeOrganization();
    const saved = await updateKeywordSettings({
      orgId: org.id,
      role: "owner",
      ...draft,
      optOutKeywords: " stop ,Unsubscribe\r\n\n stop,STOP, stopp ",
      helpKeywords: ["help", "Hilfe, ayuda"],
      helpText: `  ${draft.helpText}\n`,
    });
    const expected = {
      ...draft,
      optOutKeywords: ["STOP", "UNSUBSCRIBE", "STOPP"],
      optInKeywords: ["START"],
      helpKeywords: ["HELP", "HILFE", "AYUDA"],
    };
    expect(saved).toEqual(expected);
    expect(await getKeywordSettings({ orgId: org.id })).toEqual(expected);
  });

  it.each([
    [
      "optOutKeywords",
      " , \n",
      "Keep at least one opt-out keyword, such as STOP: people must always be able to opt out.",
    ],
    [
      "optInKeywords",
      "start, go on, ok!",
      "Not keywords: “GO ON”, “OK!”. Use 1–20 letters or digits each, without spaces or punctuation.",
    ],
    [
      "helpKeywords",
      "A".repeat(21),
      `Not a keyword: “${"A".repeat(21)}”. Use 1–20 letters or digits each, without spaces or punctuation.`,
    ],
    ["helpText", "   ", "Write the help reply."],
    ["optOutConfirmation", "x".repeat(321), "Keep the opt-out confirmation to 320 characters or fewer."],
    ["optInConfirmation", "", "Write the opt-in confirmation."],
  ] as const)("refuse a bad %s with its field named, changing nothing", async (field, value, message) => {
    const { org } = await makeOrganization();
    const attempt = updateKeywordSettings({ orgId: org.id, role: "owner", ...draft, [field]: value });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ field, message });
    expect(await getKeywordSettings({ orgId: org.id })).toEqual(DEFAULTS);
  });

  it("accept keywords of exactly 20 letters or digits, in any alphabet", async () => {
    const { org } = await makeOrganization();
    const saved = await updateKeywordSettings({
      orgId: org.id,
      role: "admin",
      ...draft,
      helpKeywords: `${"h".repeat(19)}1, arrêt, 帮助`,
    });
    expect(saved.helpKeywords).toEqual([`${"H".repeat(19)}1`, "ARRÊT", "帮助"]);
  });

  it("refuse a word in two lists, naming the later list and the one that has it", async () => {
    const { org } = await makeOrganization();
    await expect(
      updateKeywordSettings({ orgId: org.id, role: "owner", ...draft, optInKeywords: "start, Stop" }),
    ).rejects.toMatchObject({
      field: "optInKeywords",
      message: "Already in another list: “STOP” (opt-out). A word can be in one list only.",
    });
    await expect(
      updateKeywordSettings({ orgId: org.id, role: "owner", ...draft, helpKeywords: "help, START, stopp" }),
    ).rejects.toMatchObject({
      field: "helpKeywords",
      message:
        "Already in another list: “START” (opt-in), “STOPP” (opt-out). A word can be in one list only.",
    });
    expect(await getKeywordSettings({ orgId: org.id })).toEqual(DEFAULTS);
  });

  it("name every wrong field at once for the form", () => {
    const parsed = ZKeywordSettingsDraft.safeParse({
      ...draft,
      optInKeywords: "start, st op",
      helpKeywords: "help, stop",
      helpText: "",
    });
    expect(parsed.success).toBe(false);
    const fields = parsed.error!.issues.map((issue) => issue.path.join("."));
    expect(fields.sort()).toEqual(["helpKeywords", "helpText", "optInKeywords"]);
  });

  it("let only owners and admins change them", async () => {
    const { org } = await makeOrganization();
    const attempt = updateKeywordSettings({ orgId: org.id, role: "member", ...draft });
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attempt).rejects.toThrow(
      "Only owners and admins of the organization can change keywords and replies.",
    );
    expect(await getKeywordSettings({ orgId: org.id })).toEqual(DEFAULTS);
    await expect(updateKeywordSettings({ orgId: org.id, role: "admin", ...draft })).resolves.toMatchObject({
      optInKeywords: ["START"],
    });
  });

  it("change only the organization they are given", async () => {
    const mine = await makeOrganization();
    const theirs = await makeOrganization();
    await updateKeywordSettings({ orgId: mine.org.id, role: "owner", ...draft });
    expect(await getKeywordSettings({ orgId: theirs.org.id })).toEqual(DEFAULTS);
    expect((await getKeywordSettings({ orgId: mine.org.id })).helpText).toBe(draft.helpText);
  });
});
