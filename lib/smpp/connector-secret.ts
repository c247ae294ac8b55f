import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { deriveSealKey, openSecret, sealSecret, SealedSecretError } from "@/lib/secrets";

/*
 * SMPP connector passwords at rest, sealed by lib/secrets (AES-256-GCM,
 * HKDF-SHA256 from CONNECTOR_SECRET or, when it is not set, NEXTAUTH_SECRET).
 * The organization's id is authenticated with each value, so a value copied
 * into another organization's row does not decrypt. An empty password (none)
 * is stored as the empty string.
 */

const HKDF_SALT = "relay:smpp-connector-password";

/** A stored password that cannot be read back: the secret changed, or the value was altered. */
export class ConnectorSecretError extends AppError {
  constructor(message: string) {
    super("connector_secret_unreadable", message, 500);
  }
}

/** The 32-byte key for some secret; exported for tests and key rotation tools. */
export function deriveConnectorKey(secret: string): Buffer {
  return deriveSealKey(secret, HKDF_SALT);
}

let configuredKey: Buffer | undefined;

function defaultKey(): Buffer {
  configuredKey ??= deriveConnectorKey(config.CONNECTOR_SECRET ?? config.NEXTAUTH_SECRET);
  return configuredKey;
}

function associatedData(orgId: string): string {
  return `smpp-connector:${orgId}`;
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
  return sealSecret(password, {
    key: options.key ?? defaultKey(),
    associatedData: associatedData(options.orgId),
  });
}

const UNREADABLE =
  "The connector's saved password cannot be read: CONNECTOR_SECRET (or NEXTAUTH_SECRET, when it is not set) changed since it was saved, or the stored value was altered. Enter the password again.";

/** The plain password, for the worker's bind; throws ConnectorSecretError when it cannot be trusted. */
export function decryptConnectorPassword(stored: string, options: SecretOptions): string {
  if (stored === "") return "";
  try {
    return openSecret(stored, {
      key: options.key ?? defaultKey(),
      associatedData: associatedData(options.orgId),
    });
  } catch (error) {
    if (!(error instanceof SealedSecretError)) throw error;
    throw new ConnectorSecretError(
      error.problem === "format"
        ? "The connector's saved password is not in a format Relay can read. Enter the password again."
        : UNREADABLE,
    );
  }
}
