import { describe, expect, it } from "vitest";
import { deriveSealKey, openSecret, sealSecret, SealedSecretError } from "./sealed-secret";

const KEY = deriveSealKey("installation-secret-for-tests", "relay:smpp-connector-password");
const ORG = "0b6b1f7e-4f7a-4b8e-9a43-2f1b1c9d8e7f";
const SEALED = { key: KEY, associatedData: `smpp-connector:${ORG}` };

describe("sealed secrets", () => {
  it("opens a connector password sealed before the sealing moved to lib/secrets", () => {
    // Made by the former lib/smpp/connector-secret.ts with the same installation secret and organization.
    expect(openSecret("v1:19U7Lbq_Hjd7qUAt:YEHgW-magNY4ecJP-Zh2Bg:MeAc4lyY9A", SEALED)).toBe("s3cr3t!");
  });

  it("round-trips with a fresh IV every time", () => {
    const first = sealSecret("whsec_abc", SEALED);
    expect(first).not.toBe(sealSecret("whsec_abc", SEALED));
    expect(openSecret(first, SEALED)).toBe("whsec_abc");
  });

  it("refuses another owner, another kind's key, an altered value and an unknown format", () => {
    const sealed = sealSecret("whsec_abc", SEALED);
    const problem = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof SealedSecretError ? error.problem : "other";
      }
      return "opened";
    };
    expect(problem(() => openSecret(sealed, { ...SEALED, associatedData: "smpp-connector:other" }))).toBe(
      "unreadable",
    );
    const webhookKey = deriveSealKey("installation-secret-for-tests", "relay:webhook-signing-secret");
    expect(problem(() => openSecret(sealed, { ...SEALED, key: webhookKey }))).toBe("unreadable");
    const altered = sealed.slice(0, -2) + (sealed.endsWith("AA") ? "BB" : "AA");
    expect(problem(() => openSecret(altered, SEALED))).toBe("unreadable");
    expect(problem(() => openSecret("plain text", SEALED))).toBe("format");
  });
});
