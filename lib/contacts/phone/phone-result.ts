/** The outcome for one cell of a phone column: an E.164 number, or why the row is rejected. */
export type PhoneResult = { ok: true; e164: string } | { ok: false; reason: string };

export type PhoneRejection = Extract<PhoneResult, { ok: false }>;
