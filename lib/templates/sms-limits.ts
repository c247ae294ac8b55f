/**
 * Payload sizes of one SMS (140 octets). A concatenated message spends 6
 * octets of each part on the user data header (05 00 03 ref total index),
 * which leaves 134 octets: 153 septets in GSM-7 (the header is padded to
 * 7 septets) or 67 UTF-16 code units in UCS-2.
 */
export const GSM7_SINGLE_SEPTETS = 160;
export const GSM7_PART_SEPTETS = 153;
export const UCS2_SINGLE_UNITS = 70;
export const UCS2_PART_UNITS = 67;

/** An 8-bit concatenation reference allows at most 255 parts. */
export const MAX_PARTS = 255;

export type SmsEncoding = "GSM-7" | "UCS-2";

/** SMPP data_coding: 0 = SMSC default alphabet (GSM-7), 8 = UCS-2. */
export type DataCoding = 0 | 8;

export const DATA_CODING: Readonly<Record<SmsEncoding, DataCoding>> = { "GSM-7": 0, "UCS-2": 8 };
