import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { CONTACT_ORDERS } from "./contact-order";
import { decodeContactsCursor, encodeContactsCursor } from "./contacts-cursor";

describe("contacts cursor", () => {
  it("round-trips the sort, the direction and a key with missing names", () => {
    const cursor = { sort: "name" as const, direction: "before" as const, key: [null, "Änne", "12"] };
    const text = encodeContactsCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeContactsCursor(text, "name", CONTACT_ORDERS.name)).toEqual(cursor);
  });

  it("refuses a cursor of another sort, a malformed id and text that is no cursor", () => {
    const byPhone = encodeContactsCursor({ sort: "phone", direction: "after", key: ["+49151"] });
    const badId = encodeContactsCursor({ sort: "newest", direction: "after", key: ["1; DROP"] });
    for (const [text, sort] of [
      [byPhone, "name"],
      [badId, "newest"],
      ["%%%", "newest"],
    ] as const) {
      expect(() => decodeContactsCursor(text, sort, CONTACT_ORDERS[sort])).toThrow(ValidationError);
    }
  });
});
