/**
 * The GSM 03.38 default alphabet and its extension table, as SMPP carries
 * them: unpacked, one septet per octet, 0x1B before an extension character.
 * lib/templates encodes outbound text with the same tables; reading is kept
 * here so that the SMPP module needs nothing from the templates module's
 * database side.
 */
const BASIC_TABLE =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

const ESCAPE = 0x1b;

/** Septet after the escape → character. */
const EXTENSION = new Map<number, string>([
  [0x0a, "\f"],
  [0x14, "^"],
  [0x28, "{"],
  [0x29, "}"],
  [0x2f, "\\"],
  [0x3c, "["],
  [0x3d, "~"],
  [0x3e, "]"],
  [0x40, "|"],
  [0x65, "€"],
]);

/** Character → septets (one, or the escape and one). */
const ENCODING = new Map<string, number[]>();
for (let septet = 0; septet < BASIC_TABLE.length; septet++) {
  if (septet !== ESCAPE) ENCODING.set(BASIC_TABLE[septet]!, [septet]);
}
for (const [septet, char] of EXTENSION) ENCODING.set(char, [ESCAPE, septet]);

export type Gsm7Decoding = { ok: true; text: string } | { ok: false; offset: number; octet: number };

/**
 * Unpacked GSM-7 septets to text. An escape before a septet the extension
 * table does not have shows that septet's basic character, as 3GPP TS 23.038
 * asks of handsets; a trailing escape is dropped. An octet above 0x7F is no
 * septet: the answer says where it is.
 */
export function decodeGsm7(bytes: Uint8Array): Gsm7Decoding {
  let text = "";
  for (let offset = 0; offset < bytes.length; offset++) {
    const octet = bytes[offset]!;
    if (octet > 0x7f) return { ok: false, offset, octet };
    if (octet !== ESCAPE) {
      text += BASIC_TABLE[octet]!;
      continue;
    }
    if (offset + 1 >= bytes.length) break;
    const next = bytes[++offset]!;
    if (next > 0x7f) return { ok: false, offset, octet: next };
    text += EXTENSION.get(next) ?? (next === ESCAPE ? " " : BASIC_TABLE[next]!);
  }
  return { ok: true, text };
}

/** Text as unpacked GSM-7 septets; null when a character is not in the alphabet (the text needs UCS-2). */
export function encodeGsm7(text: string): Buffer | null {
  const septets: number[] = [];
  for (const char of text) {
    const encoded = ENCODING.get(char);
    if (!encoded) return null;
    septets.push(...encoded);
  }
  return Buffer.from(septets);
}
