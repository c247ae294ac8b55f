import { ValidationError } from "@/lib/errors";

const SNIFF_BYTES = 64 * 1024;

export class CsvFileError extends ValidationError {}

/** True when the bytes cannot be text: a NUL byte, or many control characters. */
export function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  const length = Math.min(sample.length, SNIFF_BYTES);
  for (let i = 0; i < length; i++) {
    const byte = sample[i]!;
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 26 && byte !== 27)) control++;
  }
  return length > 0 && control / length > 0.05;
}

function isValidUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    // stream: true tolerates a multi-byte character cut at the end of the sample.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns the uploaded bytes into text, chunk by chunk, never holding the whole
 * file. UTF-8 (with or without BOM) is the norm; a file that is not valid
 * UTF-8 at the start is read as Windows-1252, which is what Excel on
 * Windows writes. A file that starts as UTF-8 and breaks later is refused
 * rather than read with replacement characters that would change names.
 */
export async function* decodeCsv(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let offset = 0;
  let pending = new Uint8Array(0);
  for await (const chunk of chunks) {
    if (!decoder) {
      // Decide on the first 64 KB (or the whole file if smaller).
      const joined = new Uint8Array(pending.length + chunk.length);
      joined.set(pending);
      joined.set(chunk, pending.length);
      if (joined.length < SNIFF_BYTES) {
        pending = joined;
        continue;
      }
      decoder = chooseDecoder(joined);
      yield* decodeChunk(decoder, joined, offset);
      offset += joined.length;
      pending = new Uint8Array(0);
      continue;
    }
    yield* decodeChunk(decoder, chunk, offset);
    offset += chunk.length;
  }
  if (!decoder) {
    if (pending.length === 0) return;
    decoder = chooseDecoder(pending);
    yield* decodeChunk(decoder, pending, offset);
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

function chooseDecoder(sample: Uint8Array): TextDecoder {
  if (looksBinary(sample)) {
    throw new CsvFileError(
      "This file is not a CSV: it contains binary data. Export the sheet as CSV and try again.",
    );
  }
  // ignoreBOM: false (the default) strips a UTF-8 byte-order mark.
  return isValidUtf8Prefix(sample)
    ? new TextDecoder("utf-8", { fatal: true })
    : new TextDecoder("windows-1252");
}

function* decodeChunk(decoder: TextDecoder, bytes: Uint8Array, offset: number): Generator<string> {
  try {
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  } catch {
    throw new CsvFileError(
      `The file is not valid UTF-8 (first problem within bytes ${offset}–${offset + bytes.length}). Save it as "CSV UTF-8" and try again.`,
    );
  }
}
