import { describe, expect, it } from "vitest";
import { receiptErrorCode, ReceiptPlan } from "./receipt-plan";

describe("ReceiptPlan", () => {
  it("sends none while receipts are off, except the UNDELIV of an undelivered fault", () => {
    const plan = new ReceiptPlan(null);
    expect(plan.decide(1, false)).toBeNull();
    expect(plan.decide(1, true)).toBe("UNDELIV");
    expect(plan.decide(0, true)).toBeNull();
    expect(plan.effective).toBeNull();
    expect(plan.delayMs()).toBe(0);
  });

  it("follows registered_delivery: 1 any outcome, 2 failures only, 0 and 3 none", () => {
    const delivered = new ReceiptPlan({});
    expect([0, 1, 2, 3, 0x11].map((rd) => delivered.decide(rd, false))).toEqual([
      null,
      "DELIVRD",
      null,
      null,
      "DELIVRD",
    ]);
    const failing = new ReceiptPlan({ outcomes: { EXPIRED: 1 } });
    expect([1, 2].map((rd) => failing.decide(rd, false))).toEqual(["EXPIRED", "EXPIRED"]);
  });

  it("draws the outcomes by weight, leaving out those at 0", () => {
    const plan = new ReceiptPlan({ outcomes: { DELIVRD: 3, UNDELIV: 1, REJECTD: 0 } });
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const stat = plan.decide(1, false)!;
      counts.set(stat, (counts.get(stat) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(["DELIVRD", "UNDELIV"]);
    expect(counts.get("DELIVRD")! / 20_000).toBeCloseTo(0.75, 1);
  });

  it("fills in the defaults and reports them", () => {
    expect(new ReceiptPlan({ delayMs: { min: 5, max: 9 } }).effective).toEqual({
      delayMs: { min: 5, max: 9 },
      outcomes: { DELIVRD: 1 },
      idInText: "hex",
      tlvs: true,
      retryMs: 1_000,
      maxAttempts: 600,
    });
  });

  it("gives failures err 001 and the rest 000", () => {
    expect(
      ["DELIVRD", "ENROUTE", "ACCEPTD", "UNKNOWN", "UNDELIV", "EXPIRED", "DELETED", "REJECTD"].map((stat) =>
        receiptErrorCode(stat as never),
      ),
    ).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });
});
