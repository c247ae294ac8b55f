/**
 * The browser-safe part of conversations (no database): the reply box in the
 * inbox counts against the same limit the server enforces.
 */

/** A reply is at most ten GSM-7 segments' worth of text, as campaigns' inline text. */
export const MAX_REPLY_LENGTH = 1600;
