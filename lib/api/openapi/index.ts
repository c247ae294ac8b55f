import { campaignsFragment } from "./campaigns";
import { contactsFragment } from "./contacts";
import { listsFragment } from "./lists";
import { messagesFragment } from "./messages";
import type { OpenApiFragment } from "./openapi-fragment";
import { sharedComponents } from "./shared";
import { webhooksFragment } from "./webhooks";

export type { OpenApiFragment, OpenApiOperation } from "./openapi-fragment";

/** Every area of the API, in the order the docs show them; add a fragment here to publish an area. */
export const OPENAPI_FRAGMENTS: readonly OpenApiFragment[] = [
  contactsFragment,
  listsFragment,
  campaignsFragment,
  messagesFragment,
  webhooksFragment,
];

/** The OpenAPI 3.1 document of /api/v1, built once from the fragments. */
export function buildOpenApiDocument(options: { serverUrl: string }) {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { ...sharedComponents.schemas };
  for (const fragment of OPENAPI_FRAGMENTS) {
    for (const [path, operations] of Object.entries(fragment.paths)) {
      const tagged = Object.fromEntries(
        Object.entries(operations).map(([method, operation]) => [
          method,
          { tags: [fragment.tag.name], ...operation },
        ]),
      );
      paths[path] = { ...(paths[path] as object | undefined), ...tagged };
    }
    Object.assign(schemas, fragment.schemas);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Relay REST API",
      version: "1.0.0",
      description:
        "Contacts, lists and campaigns of one organization, reached with an API key. JSON in and out; every error is `{ error: { code, message, field? } }`.",
    },
    servers: [{ url: `${options.serverUrl.replace(/\/$/, "")}/api/v1` }],
    security: [{ apiKey: [] }],
    tags: OPENAPI_FRAGMENTS.map((fragment) => fragment.tag),
    paths,
    components: { ...sharedComponents, schemas },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
