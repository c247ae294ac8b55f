import { describe, expect, it } from "vitest";
import { decodeGsm7, encodeGsm7 } from "./gsm7";

describe("GSM-7 septets", () => {
  it("decodes the basic table and the extension table", () => {
    const bytes = Buffer.from([
      0x00, 0x01, 0x02, 0x11, 0x40, 0x5b, 0x60, 0x7f, 0x1b, 0x28, 0x1b, 0x65, 0x1b, 0x3c, 0x1b, 0x40,
    ]);
    expect(decodeGsm7(bytes)).toEqual({ ok: true, text: "@£$_¡Ä¿à{€[|" });
  });

  it("shows the basic character for an escape the extension table does not have, and drops a trailing escape", () => {
    expect(decodeGsm7(Buffer.from([0x1b, 0x41, 0x42, 0x1b]))).toEqual({ ok: true, text: "AB" });
  });

  it("says where an octet above 0x7F is", () => {
    expect(decodeGsm7(Buffer.from([0x41, 0x42, 0xe9]))).toEqual({ ok: false, offset: 2, octet: 0xe9 });
  });

  it("encodes what it decodes, and nothing outside the alphabet", () => {
    const text = "Hi @all, 5€ {ok} ~ [x] | ^ \\ ÄÖÑÜ§¿";
    const bytes = encodeGsm7(text);
    expect(bytes).not.toBeNull();
    expect(decodeGsm7(bytes!)).toEqual({ ok: true, text });
    expect(encodeGsm7("€")).toEqual(Buffer.from([0x1b, 0x65]));
    expect(encodeGsm7("Привет")).toBeNull();
    expect(encodeGsm7("👋")).toBeNull();
  });
});
