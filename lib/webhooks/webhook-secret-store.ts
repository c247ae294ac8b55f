import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { deriveSealKey, openSecret, sealSecret } from "@/lib/secrets";

// Its own HKDF salt: a webhook secret's key never opens a connector password, nor the reverse.
const HKDF_SALT = "relay:webhook-signing-secret";

let key: Buffer | undefined;

function sealKey(): Buffer {
  key ??= deriveSealKey(config.CONNECTOR_SECRET ?? config.NEXTAUTH_SECRET, HKDF_SALT);
  return key;
}

function associatedData(orgId: string, endpointId: string): string {
  return `webhook-endpoint:${orgId}:${endpointId}`;
}

/** A stored signing secret that cannot be read back (the installation secret changed). */
export class WebhookSecretError extends AppError {
  constructor() {
    super(
      "webhook_secret_unreadable",
      "The endpoint's signing secret cannot be read: CONNECTOR_SECRET (or NEXTAUTH_SECRET) changed since it was made. Rotate the secret.",
      500,
    );
  }
}

/** Encrypts an endpoint's signing secret, bound to its organization and endpoint. */
export function sealWebhookSecret(secret: string, owner: { orgId: string; endpointId: string }): string {
  return sealSecret(secret, {
    key: sealKey(),
    associatedData: associatedData(owner.orgId, owner.endpointId),
  });
}

export function openWebhookSecret(stored: string, owner: { orgId: string; endpointId: string }): string {
  try {
    return openSecret(stored, {
      key: sealKey(),
      associatedData: associatedData(owner.orgId, owner.endpointId),
    });
  } catch {
    throw new WebhookSecretError();
  }
}
