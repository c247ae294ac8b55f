import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/*
 * Secrets at rest (SMPP connector passwords, webhook signing secrets):
 * AES-256-GCM under a key derived with HKDF-SHA256 from an installation
 * secret, stored as "v1:<iv>:<tag>:<ciphertext>" in base64url. Each kind of
 * secret has its own HKDF salt (so one kind's key never opens another's) and
 * authenticates its owner (so a value copied into another organization's row
 * does not decrypt).
 */

const FORMAT_VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_INFO = "aes-256-gcm:v1";

/** Why a sealed value cannot be opened; callers turn it into their own error. */
export type SealedSecretProblem = "format" | "unreadable";

export class SealedSecretError extends Error {
  constructor(readonly problem: SealedSecretProblem) {
    super(
      problem === "format"
        ? "The stored secret is not in a known format."
        : "The stored secret cannot be read.",
    );
    this.name = "SealedSecretError";
  }
}

/** The 32-byte key of one kind of secret under an installation secret. */
export function deriveSealKey(installationSecret: string, salt: string): Buffer {
  return Buffer.from(hkdfSync("sha256", installationSecret, salt, HKDF_INFO, 32));
}

export type SealOptions = {
  key: Buffer;
  /** Authenticated with the value: the same text must be given to open it (e.g. "smpp-connector:<orgId>"). */
  associatedData: string;
};

/** Encrypts a secret; a fresh random IV every time. */
export function sealSecret(plain: string, options: SealOptions): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", options.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(options.associatedData, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [
    FORMAT_VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    ciphertext.toString("base64url"),
  ].join(":");
}

/** The plain secret; throws SealedSecretError when the value cannot be trusted. */
export function openSecret(stored: string, options: SealOptions): string {
  const [version, iv, tag, ciphertext, ...rest] = stored.split(":");
  if (version !== FORMAT_VERSION || iv === undefined || tag === undefined || ciphertext === undefined) {
    throw new SealedSecretError("format");
  }
  const ivBytes = Buffer.from(iv, "base64url");
  const tagBytes = Buffer.from(tag, "base64url");
  if (rest.length > 0 || ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) {
    throw new SealedSecretError("unreadable");
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", options.key, ivBytes, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(options.associatedData, "utf8"));
    decipher.setAuthTag(tagBytes);
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    // GCM says only "unable to authenticate data": the key changed or the value was altered.
    throw new SealedSecretError("unreadable");
  }
}
