import { describe, expect, it } from "vitest";
import { checkSenderId, senderAddress } from "./sender-id";

describe("sender IDs", () => {
  it("accepts alphanumeric names, short codes and international numbers", () => {
    for (const ok of ["Relay", "ACME Shop", "Shop24", "12345", "+4915112345678", "4915112345678"]) {
      expect(checkSenderId(ok)).toBeNull();
    }
  });

  it("names the problem with each bad one", () => {
    expect(checkSenderId("")).toBe("Enter a sender ID.");
    expect(checkSenderId("TwelveChars!")).toMatch(/at most 11/);
    expect(checkSenderId("Café")).toMatch(/only letters/);
    expect(checkSenderId(" Relay")).toMatch(/spaces at the start/);
    expect(checkSenderId("12")).toMatch(/short code of 3–8 digits/);
    expect(checkSenderId("+1234567890123456")).toMatch(/8–15 digits/);
  });

  it("picks the type of number the SMSC expects", () => {
    expect(senderAddress("Relay")).toEqual({ addr: "Relay", ton: 5, npi: 0 });
    expect(senderAddress("12345")).toEqual({ addr: "12345", ton: 3, npi: 0 });
    expect(senderAddress("+4915112345678")).toEqual({ addr: "4915112345678", ton: 1, npi: 1 });
  });
});
