import { createHash, randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** 40 base62 characters: about 238 random bits. */
const SECRET_LENGTH = 40;
export const API_KEY_PATTERN = /^sk_[0-9A-Za-z]{40}$/;
/** "sk_" and the first 8 secret characters: enough to tell keys apart, far too little to guess the rest. */
const DISPLAY_PREFIX_LENGTH = 11;

/** A new key as the user sees it once: `sk_` + 40 base62 characters. */
export function generateApiKeySecret(): string {
  let secret = "";
  while (secret.length < SECRET_LENGTH) {
    for (const byte of randomBytes(SECRET_LENGTH)) {
      // 248 = 4 × 62: bytes above it are dropped so every character is equally likely.
      if (byte < 248 && secret.length < SECRET_LENGTH) secret += ALPHABET[byte % 62];
    }
  }
  return `sk_${secret}`;
}

/** Keys carry 238 random bits, so a plain SHA-256 is enough: there is nothing to brute-force. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function apiKeyDisplayPrefix(key: string): string {
  return key.slice(0, DISPLAY_PREFIX_LENGTH);
}
