import { describe, expect, it } from "vitest";
import { API_KEY_PATTERN, apiKeyDisplayPrefix, generateApiKeySecret, hashApiKey } from "./api-key-secret";

describe("API key secrets", () => {
  it("are sk_ and 40 base62 characters, different every time", () => {
    const keys = new Set(Array.from({ length: 200 }, generateApiKeySecret));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(API_KEY_PATTERN);
  });

  it("use every base62 character", () => {
    const secrets = Array.from({ length: 200 }, () => generateApiKeySecret().slice(3));
    expect(new Set(secrets.join("")).size).toBe(62);
  });

  it("hash to the SHA-256 hex digest and show an 11-character prefix", () => {
    expect(hashApiKey("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(apiKeyDisplayPrefix("sk_AbCdEfGh1234")).toBe("sk_AbCdEfGh");
  });
});
