import { describe, expect, it } from "vitest";
import { messageStatusOfReceipt, RECEIPT_STATS, statOfMessageState, statOfWord } from "./receipt-stat";

describe("messageStatusOfReceipt", () => {
  it("maps every stat to the message status it settles, null for those that are not final", () => {
    expect(Object.fromEntries(RECEIPT_STATS.map((stat) => [stat, messageStatusOfReceipt(stat)]))).toEqual({
      ENROUTE: null,
      DELIVRD: "delivered",
      EXPIRED: "expired",
      DELETED: "undelivered",
      UNDELIV: "undelivered",
      ACCEPTD: null,
      UNKNOWN: "unknown",
      REJECTD: "rejected",
    });
  });
});

describe("statOfWord and statOfMessageState", () => {
  it("reads the 7-letter words in any case and the spelled-out names", () => {
    expect(
      ["delivrd", "Undeliv", " EXPIRED ", "DELIVERED", "undeliverable", "Accepted", "REJECTED"].map(
        statOfWord,
      ),
    ).toEqual(["DELIVRD", "UNDELIV", "EXPIRED", "DELIVRD", "UNDELIV", "ACCEPTD", "REJECTD"]);
    expect(statOfWord("FAILED")).toBeNull();
    expect(statOfWord("")).toBeNull();
  });

  it("numbers message_state as SMPP 3.4 does, and knows no 0 or 9", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(statOfMessageState)).toEqual([
      "ENROUTE",
      "DELIVRD",
      "EXPIRED",
      "DELETED",
      "UNDELIV",
      "ACCEPTD",
      "UNKNOWN",
      "REJECTD",
    ]);
    expect(statOfMessageState(0)).toBeNull();
    expect(statOfMessageState(9)).toBeNull();
  });
});
