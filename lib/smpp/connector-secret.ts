import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";

/*
 * SMPP connector passwords at rest: AES-256-GCM under a key derived with
 * HKDF-SHA256 from CONNECTOR_SECRET (or, when it is not set, NEXTAUTH_SECRET),
 * stored as "v1:<iv>:<tag>:<ciphertext>" in base64url. The organization's id
 * is authenticated with each value, so a value copied into another
 * organization's row does not decrypt. An empty password (none) is stored
 * as the empty string.
 */

const FORMAT_VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_SALT = "relay:smpp-connector-password";
const HKDF_INFO = "aes-256-gcm:v1";

/** A stored password that cannot be read back: the secret changed, or the value was altered. */
export class ConnectorSecretError extends AppError {
  constructor(message: string) {
    super("connector_secret_unreadable", message, 500);
  }
}

/** The 32-byte key for some secret; exported for tests and key rotation tools. */
export function deriveConnectorKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, HKDF_SALT, HKDF_INFO, 32));
}

let configuredKey: Buffer | undefined;

function defaultKey(): Buffer {
  configuredKey ??= deriveConnectorKey(config.CONNECTOR_SECRET ?? config.NEXTAUTH_SECRET);
  return configuredKey;
}

function associatedData(orgId: string): Buffer {
  return Buffer.from(`smpp-connector:${orgId}`, "utf8");
}

type SecretOptions = {
  /** The organization the connector belongs to; it must be the same to decrypt. */
  orgId: string;
  /** Defaults to the key of this installation's configuration. */
  key?: Buffer;
};

/** Encrypts a connector password for the database; a fresh random IV every time. */
export function encryptConnectorPassword(password: string, options: SecretOptions): string {
  if (password === "") return "";
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", options.key ?? defaultKey(), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(options.orgId));
  const ciphertext = Buffer.concat([cipher.update(password, "utf8"), cipher.final()]);
  return [
    FORMAT_VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    ciphertext.toString("base64url"),
  ].join(":");
}

const UNREADABLE =
  "The connector's saved password cannot be read: CONNECTOR_SECRET (or NEXTAUTH_SECRET, when it is not set) changed since it was saved, or the stored value was altered. Enter the password again.";

/** The plain password, for the worker's bind; throws ConnectorSecretError when it cannot be trusted. */
export function decryptConnectorPassword(stored: string, options: SecretOptions): string {
  if (stored === "") return "";
  const [version, iv, tag, ciphertext, ...rest] = stored.split(":");
  if (version !== FORMAT_VERSION || iv === undefined || tag === undefined || ciphertext === undefined) {
    throw new ConnectorSecretError(
      "The connector's saved password is not in a format Relay can read. Enter the password again.",
    );
  }
  const ivBytes = Buffer.from(iv, "base64url");
  const tagBytes = Buffer.from(tag, "base64url");
  if (rest.length > 0 || ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) {
    throw new ConnectorSecretError(UNREADABLE);
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", options.key ?? defaultKey(), ivBytes, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(associatedData(options.orgId));
    decipher.setAuthTag(tagBytes);
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    // GCM says only "unable to authenticate data"; the reason is always one of the two above.
    throw new ConnectorSecretError(UNREADABLE);
  }
}
