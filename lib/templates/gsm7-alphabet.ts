/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet and its extension table.
 *
 * Two 64K lookup tables indexed by UTF-16 code unit, so that measuring and
 * encoding a message is one array read per character with no branching on
 * ranges or regexes: 128 KiB of memory buys the hot path its speed.
 */

/** Septet value → character, in septet order (0x1B is the escape to the extension table). */
const BASIC_TABLE =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/**
 * Characters reached through the 0x1B escape, with their septet value after
 * the escape. Each costs two septets.
 */
const EXTENSION_TABLE: ReadonlyArray<readonly [string, number]> = [
  ["\f", 0x0a],
  ["^", 0x14],
  ["{", 0x28],
  ["}", 0x29],
  ["\\", 0x2f],
  ["[", 0x3c],
  ["~", 0x3d],
  ["]", 0x3e],
  ["|", 0x40],
  ["€", 0x65],
];

/** The escape septet that announces an extension-table character. */
export const GSM7_ESCAPE = 0x1b;

/** Septets a UTF-16 code unit costs in GSM-7: 0 = not representable, 1 = basic, 2 = extension. */
export const GSM7_WIDTH = new Uint8Array(0x10000);

/** The septet value of a code unit (after the escape for extension characters). */
export const GSM7_SEPTET = new Uint8Array(0x10000);

for (let septet = 0; septet < BASIC_TABLE.length; septet++) {
  // The escape itself is not a character a message can contain.
  if (septet === GSM7_ESCAPE) continue;
  const code = BASIC_TABLE.charCodeAt(septet);
  GSM7_WIDTH[code] = 1;
  GSM7_SEPTET[code] = septet;
}
for (const [char, septet] of EXTENSION_TABLE) {
  const code = char.charCodeAt(0);
  GSM7_WIDTH[code] = 2;
  GSM7_SEPTET[code] = septet;
}

/** The extension-table characters, for the editor's help text. */
export const GSM7_EXTENSION_CHARACTERS: readonly string[] = EXTENSION_TABLE.map(([char]) => char);

/** True when the single character (one UTF-16 code unit) exists in GSM-7. */
export function isGsm7Character(char: string): boolean {
  return char.length === 1 && GSM7_WIDTH[char.charCodeAt(0)] !== 0;
}
