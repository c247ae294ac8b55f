import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/*
 * Standard Webhooks signatures (https://www.standardwebhooks.com):
 * webhook-signature is "v1,<base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`>"
 * keyed with the bytes of the secret's base64 part (after "whsec_"). The
 * header may carry several space-separated signatures (during a secret
 * rotation); one valid "v1" is enough.
 */

const SECRET_PREFIX = "whsec_";
const SECRET_BYTES = 32;

/** A new signing secret: "whsec_" and 32 random bytes in base64. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString("base64");
}

function secretKey(secret: string): Buffer {
  return Buffer.from(
    secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret,
    "base64",
  );
}

/** The webhook-signature header value for one delivery attempt. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const digest = createHmac("sha256", secretKey(secret))
    .update(`${id}.${timestamp}.${body}`)
    .digest("base64");
  return `v1,${digest}`;
}

export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookVerificationError";
  }
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * For receivers: checks the headers of a delivery against the raw body and
 * answers the parsed payload; throws WebhookVerificationError when a header
 * is missing, the timestamp is more than `toleranceSeconds` off, or no
 * signature matches.
 */
export function verifyWebhook(
  secret: string,
  headers: HeaderSource,
  body: string,
  options: { toleranceSeconds?: number; now?: Date } = {},
): unknown {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!id || !timestamp || !signatures) {
    throw new WebhookVerificationError("Missing webhook-id, webhook-timestamp or webhook-signature header.");
  }
  const seconds = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || !Number.isSafeInteger(seconds)) {
    throw new WebhookVerificationError("The webhook-timestamp header is not a whole number of seconds.");
  }
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - seconds) > (options.toleranceSeconds ?? 300)) {
    throw new WebhookVerificationError(
      "The webhook-timestamp is too far from now; the delivery may be replayed.",
    );
  }
  const expected = Buffer.from(signWebhook(secret, id, seconds, body).slice("v1,".length), "base64");
  const matches = signatures.split(" ").some((candidate) => {
    const [version, value] = candidate.split(",", 2);
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new WebhookVerificationError("No webhook-signature matches the body.");
  return JSON.parse(body) as unknown;
}
