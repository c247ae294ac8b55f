export type CsvEncoding = "utf-8" | "windows-1252";

export type DecodedSample =
  { ok: true; text: string; encoding: CsvEncoding } | { ok: false; message: string };

export const NOT_A_CSV_MESSAGE =
  "This file is not a CSV: it contains binary data. Export the sheet as CSV and try again.";

/**
 * The same test the server applies to the upload (a NUL byte, or more than 5%
 * control characters), so the browser refuses exactly what the server would,
 * before anything is sent.
 */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 26 && byte !== 27)) control++;
  }
  return bytes.length > 0 && control / bytes.length > 0.05;
}

/**
 * Turns the first bytes of a file into text. UTF-8 is the norm; bytes that are
 * not valid UTF-8 are read as Windows-1252, which is what Excel on Windows
 * writes (the server decides the same way). `isWholeFile` false means the
 * sample was cut from a longer file: its last, possibly partial, line is
 * dropped, and a multi-byte character cut at the end is tolerated.
 */
export function decodeCsvSample(bytes: Uint8Array, isWholeFile: boolean): DecodedSample {
  if (looksBinary(bytes)) return { ok: false, message: NOT_A_CSV_MESSAGE };
  let text: string;
  let encoding: CsvEncoding = "utf-8";
  try {
    // ignoreBOM false (the default) drops a UTF-8 byte-order mark.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: !isWholeFile });
  } catch {
    encoding = "windows-1252";
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!isWholeFile) {
    const lastBreak = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
    // A CRLF break is cut at its LF; the CR left behind goes too.
    if (lastBreak >= 0) text = text.slice(0, lastBreak).replace(/\r$/, "");
  }
  return { ok: true, text, encoding };
}
