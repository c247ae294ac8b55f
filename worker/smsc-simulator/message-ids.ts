import { randomBytes } from "node:crypto";

/**
 * Message ids look like a real SMSC's: 20 lowercase hex characters, well
 * inside the 64 that SMPP 3.4 allows for message_id.
 *
 * The counter and its random prefix live at module level, not per simulator,
 * so ids never repeat within a process even when tests start several
 * simulators or restart one; the prefix makes ids from two processes differ
 * with near certainty, which is all a simulator needs.
 */
const PROCESS_PREFIX = randomBytes(4).toString("hex");
/** 48 bits: more ids than one process will ever issue, so the counter never wraps. */
const COUNTER_HEX_DIGITS = 12;
let issued = 0;

export function nextMessageId(): string {
  issued += 1;
  return PROCESS_PREFIX + issued.toString(16).padStart(COUNTER_HEX_DIGITS, "0");
}
