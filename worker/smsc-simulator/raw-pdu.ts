import type { Socket } from "node:net";
import smpp, { type PDU } from "smpp";

const HEADER_LENGTH = 16;

/**
 * Keeps the bytes of the PDU a session has just parsed.
 *
 * The smpp package decodes short_message into text by data_coding and keeps
 * only the text, which loses bytes (anything outside GSM 03.38 becomes a
 * space). A simulator must record what an ESME really sent, or it would hide
 * the very encoding bugs it exists to catch. The package reads each PDU with
 * two socket.read() calls (the length, then the rest) and emits "pdu"
 * synchronously after the second; with a "readable" listener in place, Node
 * emits "data" for exactly the chunks read() returns. So while a "pdu"
 * listener runs, the last chunk seen here is that PDU's body; `bytesOf` must
 * be called from within that listener, before the session reads on.
 */
export class RawPduTap {
  private lastChunk: Buffer | null = null;

  constructor(socket: Socket) {
    socket.on("data", (chunk: Buffer) => {
      this.lastChunk = chunk;
    });
  }

  /** The whole PDU as it came off the wire, or null if the last chunk read is not it. */
  bytesOf(pdu: PDU): Buffer | null {
    const body = this.lastChunk;
    if (!body || body.length !== pdu.command_length - 4) return null;
    const length = Buffer.alloc(4);
    length.writeUInt32BE(pdu.command_length);
    return Buffer.concat([length, body]);
  }
}

/**
 * The short_message octets of a submit_sm, read with the package's own field
 * table (in wire order) but without its decoding. A body cut short before
 * short_message reads as an empty message, as the package itself treats it.
 */
export function readShortMessage(submitSm: Buffer): Buffer {
  const params = smpp.commands.submit_sm.params ?? {};
  let offset = HEADER_LENGTH;
  for (const [name, { type }] of Object.entries(params)) {
    if (offset >= submitSm.length) break;
    const value = type.read(submitSm, offset);
    if (name === "short_message" && Buffer.isBuffer(value)) return Buffer.from(value);
    offset += type.size(value);
  }
  return Buffer.alloc(0);
}
