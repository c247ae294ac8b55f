import { describe, expect, it } from "vitest";
import { canonicalJson, requestFingerprint } from "./request-fingerprint";

describe("canonicalJson", () => {
  it("sorts object keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("writes strings and numbers as JSON does", () => {
    expect(canonicalJson(["é\n", 1.5, true])).toBe('["é\\n",1.5,true]');
    expect(canonicalJson(undefined)).toBe("null");
  });
});

describe("requestFingerprint", () => {
  it("is the same for the same request whatever the key order, and differs by method, path or body", () => {
    const base = requestFingerprint("POST", "/api/v1/lists", { name: "A", description: "x" });
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(requestFingerprint("post", "/api/v1/lists", { description: "x", name: "A" })).toBe(base);
    expect(requestFingerprint("PUT", "/api/v1/lists", { name: "A", description: "x" })).not.toBe(base);
    expect(requestFingerprint("POST", "/api/v1/contacts", { name: "A", description: "x" })).not.toBe(base);
    expect(requestFingerprint("POST", "/api/v1/lists", { name: "B", description: "x" })).not.toBe(base);
  });
});
