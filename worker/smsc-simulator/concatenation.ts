/** esm_class bit 6: short_message starts with a user data header. */
const UDH_INDICATOR = 0x40;
/** Concatenated short message, 8-bit reference: ref, total, index. */
const IEI_CONCAT_8BIT = 0x00;
/** Concatenated short message, 16-bit reference: ref (2 octets), total, index. */
const IEI_CONCAT_16BIT = 0x08;

/**
 * Which part of a concatenated message this short_message is (1-based), read
 * from its user data header; null when it is not a part (no UDH, or a UDH
 * without a concatenation element). A header that runs past the message is
 * read as far as it goes, so a malformed one never throws.
 */
export function concatenatedPartIndex(shortMessage: Buffer, esmClass: number): number | null {
  if ((esmClass & UDH_INDICATOR) === 0 || shortMessage.length === 0) return null;
  const headerEnd = Math.min(1 + shortMessage[0]!, shortMessage.length);
  let offset = 1;
  while (offset + 2 <= headerEnd) {
    const iei = shortMessage[offset]!;
    const length = shortMessage[offset + 1]!;
    const data = offset + 2;
    if (data + length > headerEnd) return null;
    if (iei === IEI_CONCAT_8BIT && length === 3) return shortMessage[data + 2]!;
    if (iei === IEI_CONCAT_16BIT && length === 4) return shortMessage[data + 3]!;
    offset = data + length;
  }
  return null;
}

/**
 * Whether this PDU starts a message, so a message is counted once however many
 * PDUs carry it: a whole message, or part 1 of a concatenated one (by UDH, or
 * by the sar_segment_seqnum TLV that some ESMEs use instead).
 */
export function startsMessage(
  shortMessage: Buffer,
  esmClass: number,
  sarSegment: number | undefined,
): boolean {
  const part = concatenatedPartIndex(shortMessage, esmClass) ?? sarSegment;
  return part === undefined || part === 1;
}
