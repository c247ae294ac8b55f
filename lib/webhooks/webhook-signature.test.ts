import { describe, expect, it } from "vitest";
import {
  generateWebhookSecret,
  signWebhook,
  verifyWebhook,
  WebhookVerificationError,
} from "./webhook-signature";

// The published Standard Webhooks test vector.
const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const TIMESTAMP = 1614265330;
const BODY = '{"test": 2432232314}';
const SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
const AT = new Date(TIMESTAMP * 1000);

function headers(overrides: Record<string, string> = {}) {
  return {
    "webhook-id": ID,
    "webhook-timestamp": String(TIMESTAMP),
    "webhook-signature": SIGNATURE,
    ...overrides,
  };
}

describe("webhook signatures", () => {
  it("reproduces the Standard Webhooks test vector", () => {
    expect(signWebhook(SECRET, ID, TIMESTAMP, BODY)).toBe(SIGNATURE);
  });

  it("verifies the vector and answers the parsed body", () => {
    expect(verifyWebhook(SECRET, headers(), BODY, { now: AT })).toEqual({ test: 2432232314 });
    expect(verifyWebhook(SECRET, new Headers(headers()), BODY, { now: AT })).toEqual({ test: 2432232314 });
  });

  it("accepts one valid signature among several", () => {
    const several = headers({ "webhook-signature": `v1,bm9wZQ== v2,abc ${SIGNATURE}` });
    expect(verifyWebhook(SECRET, several, BODY, { now: AT })).toEqual({ test: 2432232314 });
  });

  it("rejects a changed body, id or secret", () => {
    expect(() => verifyWebhook(SECRET, headers(), '{"test": 2432232315}', { now: AT })).toThrow(
      "No webhook-signature matches the body.",
    );
    expect(() => verifyWebhook(SECRET, headers({ "webhook-id": "msg_other" }), BODY, { now: AT })).toThrow(
      WebhookVerificationError,
    );
    expect(() => verifyWebhook(generateWebhookSecret(), headers(), BODY, { now: AT })).toThrow(
      WebhookVerificationError,
    );
  });

  it("rejects timestamps more than five minutes off, either way", () => {
    expect(verifyWebhook(SECRET, headers(), BODY, { now: new Date((TIMESTAMP + 300) * 1000) })).toBeTruthy();
    expect(() => verifyWebhook(SECRET, headers(), BODY, { now: new Date((TIMESTAMP + 301) * 1000) })).toThrow(
      "too far from now",
    );
    expect(() => verifyWebhook(SECRET, headers(), BODY, { now: new Date((TIMESTAMP - 301) * 1000) })).toThrow(
      "too far from now",
    );
  });

  it("rejects missing headers and a non-numeric timestamp", () => {
    const { "webhook-signature": _omitted, ...unsigned } = headers();
    expect(() => verifyWebhook(SECRET, unsigned, BODY, { now: AT })).toThrow("Missing webhook-id");
    expect(() =>
      verifyWebhook(SECRET, headers({ "webhook-timestamp": "1614265330.5" }), BODY, { now: AT }),
    ).toThrow("not a whole number");
  });

  it("generates whsec_ secrets of 32 random bytes", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });
});
