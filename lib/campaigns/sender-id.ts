/**
 * A campaign's sender ID as the SMSC wants it: alphanumeric (up to 11
 * letters, digits and spaces, at least one letter; TON 5), a short code
 * (3–8 digits; TON 3) or an international number (+ and 8–15 digits; TON 1,
 * NPI 1 = E.164).
 */
export interface SenderAddress {
  addr: string;
  ton: number;
  npi: number;
}

const ALPHANUMERIC = /^[A-Za-z0-9 ]{1,11}$/;
const SHORT_CODE = /^\d{3,8}$/;
const INTERNATIONAL = /^\+?\d{8,15}$/;

/** Why a sender ID cannot be used, or null when it can. */
export function checkSenderId(senderId: string): string | null {
  if (senderId.trim() === "") return "Enter a sender ID.";
  if (senderId !== senderId.trim()) return "Remove the spaces at the start and end of the sender ID.";
  if (/^\+?\d+$/.test(senderId)) {
    if (SHORT_CODE.test(senderId) || INTERNATIONAL.test(senderId)) return null;
    return "A numeric sender ID is a short code of 3–8 digits or a full number with country code (8–15 digits).";
  }
  if (!ALPHANUMERIC.test(senderId)) {
    return senderId.length > 11
      ? "An alphanumeric sender ID can be at most 11 characters."
      : "An alphanumeric sender ID may use only letters A–Z, digits and spaces.";
  }
  return null;
}

export function senderAddress(senderId: string): SenderAddress {
  if (SHORT_CODE.test(senderId)) return { addr: senderId, ton: 3, npi: 0 };
  if (INTERNATIONAL.test(senderId)) return { addr: senderId.replace(/^\+/, ""), ton: 1, npi: 1 };
  return { addr: senderId, ton: 5, npi: 0 };
}
