const DECIMAL = /^[0-9]+$/;
const HEX = /^[0-9a-f]+$/;

/**
 * The form an SMSC message id is stored and matched in, on both sides: the id
 * from submit_sm_resp and the one a receipt names. SMSCs write the same id in
 * upper or lower case and with or without leading zeros, so those differences
 * are dropped: trimmed, lower-cased, leading zeros stripped ("000" is "0").
 */
export function normalizeSmscMessageId(id: string): string {
  const lower = id.trim().toLowerCase();
  const stripped = lower.replace(/^0+/, "");
  return stripped === "" && lower !== "" ? "0" : stripped;
}

/**
 * The ids a receipt may mean: many SMSCs answer submit_sm with a hex id and
 * write it in decimal in the receipt, or the other way round. So besides the
 * normalised id: its decimal digits read as a number written in hex, and its
 * hex digits read as a number written in decimal, when the digits allow
 * (a decimal id is also valid hex, so it yields both). No duplicates; the
 * normalised id comes first.
 */
export function receiptIdCandidates(id: string): string[] {
  const normalized = normalizeSmscMessageId(id);
  const candidates = [normalized];
  if (DECIMAL.test(normalized)) candidates.push(BigInt(normalized).toString(16));
  if (HEX.test(normalized)) candidates.push(BigInt(`0x${normalized}`).toString(10));
  return [...new Set(candidates)];
}
