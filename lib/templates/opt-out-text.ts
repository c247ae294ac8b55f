/**
 * The sentence appended to campaign messages when the organization's
 * "append opt-out text" setting is on. The preview and the sender both take
 * it from here, so what the marketer sees is what is sent.
 */
export const OPT_OUT_TEXT = "Reply STOP to opt out";

export function optOutTextFor(org: { appendOptOutText: boolean }): string | null {
  return org.appendOptOutText ? OPT_OUT_TEXT : null;
}
