import { describe, expect, it } from "vitest";
import { curlExample } from "./curl-example";

describe("curlExample", () => {
  it("writes a GET with the key from the environment and path parameters as placeholders", () => {
    expect(
      curlExample({ baseUrl: "https://relay.example/api/v1/", method: "GET", path: "/contacts/{id}" }),
    ).toBe(
      `curl 'https://relay.example/api/v1/contacts/<id>' \\\n  -H "Authorization: Bearer $RELAY_API_KEY"`,
    );
  });

  it("writes a POST with its JSON body, quoting single quotes for the shell, and an Idempotency-Key", () => {
    const command = curlExample({
      baseUrl: "http://localhost:3000/api/v1",
      method: "POST",
      path: "/lists",
      body: { name: "Bob's list" },
      idempotent: true,
    });
    expect(command).toBe(
      [
        "curl -X POST 'http://localhost:3000/api/v1/lists'",
        `-H "Authorization: Bearer $RELAY_API_KEY"`,
        `-H "Idempotency-Key: $(uuidgen)"`,
        "-H 'Content-Type: application/json'",
        `-d '{\n  "name": "Bob'\\''s list"\n}'`,
      ].join(" \\\n  "),
    );
  });
});
