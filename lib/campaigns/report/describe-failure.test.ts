import { describe, expect, it } from "vitest";
import { describeFailure } from "./describe-failure";

describe("describeFailure", () => {
  it("names a submit failure by its SMPP command status", () => {
    expect(describeFailure("failed", 0x0b)).toEqual({
      error: "ESME_RINVDSTADR",
      meaning: "Invalid destination address.",
    });
  });

  it("uses the sender's own words for a submit failure without a status", () => {
    expect(describeFailure("failed", null, "The message is empty for this contact.")).toEqual({
      error: "Not submitted",
      meaning: "The message is empty for this contact.",
    });
  });

  it("shows a receipt's err code as the carrier's own", () => {
    expect(describeFailure("undelivered", 11)).toEqual({
      error: "err:011",
      meaning: "Carrier error code 11: reported undeliverable; the code's meaning is the carrier's own.",
    });
    expect(describeFailure("rejected", 1).error).toBe("err:001");
  });

  it("explains an expiry without a code", () => {
    expect(describeFailure("expired", 0)).toEqual({
      error: "No code",
      meaning: "Not delivered before its validity period ended (the phone was off or out of reach).",
    });
    expect(describeFailure("undelivered", null).error).toBe("No code");
  });
});
