import { describe, expect, it, vi } from "vitest";
import { normalizePhone } from "./normalize-phone";
import { slowPathCallCount } from "./slow-path";

// As if Germany's metadata held something the fast path cannot reproduce.
vi.mock("./dialling-plans", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./dialling-plans")>();
  return {
    ...actual,
    planForCountry: (country: string) => (country === "DE" ? null : actual.planForCountry(country)),
  };
});

describe("normalizePhone without a fast-path plan", () => {
  it("asks libphonenumber instead and gets the same answers", () => {
    const before = slowPathCallCount();
    expect(normalizePhone("0151 1234 5678", "DE")).toEqual({ ok: true, e164: "+4915112345678" });
    expect(normalizePhone("030 12", "DE")).toEqual({
      ok: false,
      reason: 'Not a valid number for Germany ("030 12")',
    });
    expect(slowPathCallCount() - before).toBe(2);
  });

  it("keeps the fast path for countries whose plans compiled", () => {
    const before = slowPathCallCount();
    expect(normalizePhone("06 12 34 56 78", "FR")).toEqual({ ok: true, e164: "+33612345678" });
    expect(slowPathCallCount() - before).toBe(0);
  });
});
