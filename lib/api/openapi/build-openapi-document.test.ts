import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, type OpenApiOperation } from ".";

const document = buildOpenApiDocument({ serverUrl: "https://relay.example/" });

/** Every "$ref" in a value, at any depth. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) =>
      key === "$ref" ? [inner as string] : refsIn(inner),
    );
  }
  return [];
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the API's server and Bearer keys", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "https://relay.example/api/v1" }]);
    expect(document.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("describes every endpoint of the API", () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.toSorted()).toEqual(
      [
        "GET /campaigns",
        "GET /campaigns/{id}",
        "GET /contacts",
        "GET /contacts/{id}",
        "GET /lists",
        "GET /messages",
        "GET /messages/{id}",
        "POST /campaigns",
        "POST /campaigns/{id}/cancel",
        "POST /campaigns/{id}/pause",
        "POST /campaigns/{id}/resume",
        "POST /campaigns/{id}/schedule",
        "POST /campaigns/{id}/send",
        "POST /contacts",
        "POST /lists",
        "POST /lists/{id}/contacts",
        "POST /messages",
      ].toSorted(),
    );
  });

  it("documents every method of every route file under app/api/v1, and nothing else", () => {
    const root = join(process.cwd(), "app/api/v1");
    const routes = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(`${sep}route.ts`) || file === "route.ts")
      // The public document itself, and the catch-all that answers unknown paths with a JSON 404.
      .filter((file) => !file.startsWith("openapi.json") && !file.startsWith("[..."))
      .flatMap((file) => {
        const path = `/${relative(root, join(root, file)).split(sep).slice(0, -1).join("/")}`.replace(
          /\[(\w+)\]/g,
          "{$1}",
        );
        const source = readFileSync(join(root, file), "utf8");
        const methods = [
          ...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g),
        ];
        return methods.map((match) => `${match[1]} ${path}`);
      });
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.length).toBeGreaterThan(10);
    expect(documented.toSorted()).toEqual(routes.toSorted());
  });

  it("resolves every reference", () => {
    const components = document.components as unknown as Record<string, Record<string, unknown>>;
    for (const reference of refsIn(document)) {
      const [, , section, name] = reference.split("/");
      expect(components[section!]?.[name!], reference).toBeDefined();
    }
  });

  it("takes request bodies from the routes' zod schemas, strict as they are", () => {
    const contacts = document.paths["/contacts"] as { post: OpenApiOperation };
    const body = contacts.post.requestBody!.content["application/json"].schema;
    expect(body).toMatchObject({ type: "object", required: ["phone"], additionalProperties: false });
    expect(Object.keys(body.properties as object)).toEqual([
      "phone",
      "country",
      "firstName",
      "lastName",
      "email",
      "timeZone",
      "customFields",
      "listIds",
    ]);
  });
});
