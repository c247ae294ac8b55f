import smpp from "smpp";
import { describe, expect, it } from "vitest";
import { NO_RESPONSE, SubmitPolicy, UNDELIVERED } from "./submit-policy";

const SECOND = Date.UTC(2030, 0, 1, 0, 0, 0);

describe("SubmitPolicy", () => {
  it("accepts everything by default, at once", () => {
    const policy = new SubmitPolicy();
    expect(Array.from({ length: 1000 }, () => policy.decide("447700900123", SECOND))).toEqual(
      Array(1000).fill(smpp.ESME_ROK),
    );
    expect(policy.responseDelayMs()).toBe(0);
  });

  it("lets maxSubmitsPerSecond through per wall-clock second and throttles the rest", () => {
    const policy = new SubmitPolicy({ maxSubmitsPerSecond: 2 });
    const answers = [SECOND, SECOND + 10, SECOND + 999, SECOND + 1000, SECOND + 1500, SECOND + 1999].map(
      (now) => policy.decide("1", now),
    );
    expect(answers).toEqual([
      smpp.ESME_ROK,
      smpp.ESME_ROK,
      smpp.ESME_RTHROTTLED,
      smpp.ESME_ROK,
      smpp.ESME_ROK,
      smpp.ESME_RTHROTTLED,
    ]);
  });

  it("maps each fault kind to its answer, the first matching suffix winning", () => {
    const policy = new SubmitPolicy({
      faults: [
        { suffix: "01", kind: "no_response" },
        { suffix: "02", kind: "throttled" },
        { suffix: "03", kind: "queue_full" },
        { suffix: "04", kind: "system_error" },
        { suffix: "05", kind: "permanent" },
        { suffix: "5", kind: "throttled" },
        { suffix: "07", kind: "undelivered" },
      ],
    });
    expect(
      ["4401", "4402", "4403", "4404", "4405", "4415", "4406", "4407"].map((d) => policy.decide(d, SECOND)),
    ).toEqual([NO_RESPONSE, 0x58, 0x14, 0x08, 0x0b, 0x58, 0x00, UNDELIVERED]);
  });

  it("answers ESME_RINVDSTADR to every submit at permanentErrorRate 1 and to none at 0", () => {
    const always = new SubmitPolicy({ permanentErrorRate: 1 });
    const never = new SubmitPolicy({ permanentErrorRate: 0 });
    for (let i = 0; i < 1000; i++) {
      expect(always.decide("1", SECOND)).toBe(smpp.ESME_RINVDSTADR);
      expect(never.decide("1", SECOND)).toBe(smpp.ESME_ROK);
    }
  });

  it("draws latencies within [min, max], both ends included", () => {
    const policy = new SubmitPolicy({ responseLatencyMs: { min: 3, max: 5 } });
    const seen = new Set(Array.from({ length: 1000 }, () => policy.responseDelayMs()));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  it("changes only the fields given, and null lifts the rate limit", () => {
    const policy = new SubmitPolicy({ maxSubmitsPerSecond: 1, responseLatencyMs: 7 });
    policy.update({ faults: [{ suffix: "9", kind: "permanent" }] });
    expect(policy.behaviour).toEqual({
      maxSubmitsPerSecond: 1,
      responseLatencyMs: 7,
      permanentErrorRate: 0,
      faults: [{ suffix: "9", kind: "permanent" }],
    });
    policy.update({ maxSubmitsPerSecond: null });
    expect([1, 2, 3].map(() => policy.decide("1", SECOND))).toEqual([0, 0, 0]);
  });
});
