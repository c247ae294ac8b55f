/** What parsing a dial string ("+4915112345678" or "015112345678") yields, on either path. */
export type DialOutcome = { valid: true; e164: string } | { valid: false };

export const NOT_VALID: DialOutcome = { valid: false };
