import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { decodeConversationsCursor, encodeConversationsCursor } from "./conversations-cursor";

describe("conversations cursor", () => {
  it("round-trips the boundary's time to the millisecond and its id", () => {
    const cursor = {
      lastMessageAt: new Date("2026-03-01T12:34:56.789Z"),
      id: "0b5b6f0e-8a7c-4c1e-9d0a-3f2e1d4c5b6a",
    };
    const text = encodeConversationsCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeConversationsCursor(text)).toEqual(cursor);
  });

  it("refuses text that is not one of its cursors, on the cursor field", () => {
    const forged = [
      "%%%",
      Buffer.from("yesterday|0b5b6f0e-8a7c-4c1e-9d0a-3f2e1d4c5b6a").toString("base64url"),
      Buffer.from("2026-03-01T12:00:00.000Z|1; DROP TABLE").toString("base64url"),
      Buffer.from("2026-03-01T12:00:00.000Z|0b5b6f0e-8a7c-4c1e-9d0a-3f2e1d4c5b6a|x").toString("base64url"),
    ];
    for (const text of forged) {
      let refusal: unknown;
      try {
        decodeConversationsCursor(text);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(ValidationError);
      expect(refusal).toMatchObject({ field: "cursor" });
    }
  });
});
