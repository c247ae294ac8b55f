import { describe, expect, it } from "vitest";
import type { CampaignStatus } from "@/lib/db";
import { CAMPAIGN_ACTIONS, canTransition, isFinalStatus, refusalMessage } from "./campaign-status";

const ALL: CampaignStatus[] = ["draft", "scheduled", "running", "paused", "completed", "cancelled", "failed"];

describe("campaign state machine", () => {
  it("accepts exactly the documented edges", () => {
    const legal = ALL.flatMap((from) =>
      ALL.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(legal.sort()).toEqual(
      [
        "draft→scheduled",
        "draft→running",
        "draft→cancelled",
        "scheduled→scheduled",
        "scheduled→draft",
        "scheduled→running",
        "scheduled→cancelled",
        "running→paused",
        "running→completed",
        "running→cancelled",
        "running→failed",
        "paused→running",
        "paused→cancelled",
        "paused→failed",
      ].sort(),
    );
  });

  it("never leaves a final status", () => {
    for (const status of ["completed", "cancelled", "failed"] as const) {
      expect(isFinalStatus(status)).toBe(true);
      expect(ALL.some((to) => canTransition(status, to))).toBe(false);
    }
    expect(isFinalStatus("paused")).toBe(false);
  });

  it("only offers actions along legal edges", () => {
    for (const { to, from } of Object.values(CAMPAIGN_ACTIONS)) {
      for (const status of from) expect(canTransition(status, to)).toBe(true);
    }
  });

  it("explains a refusal", () => {
    expect(refusalMessage("pause", "completed")).toBe("A completed campaign cannot be paused.");
  });
});
