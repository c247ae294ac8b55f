import { ZApiCreateContact, ZApiContactId } from "../schemas/contacts.schema";
import {
  BODY_ERRORS,
  errorResponses,
  IDEMPOTENCY_PARAMETER,
  inputSchemaOf,
  jsonResponse,
  pageOf,
  pathId,
  ref,
  type OpenApiFragment,
} from "./openapi-fragment";

const listRef = {
  type: "object",
  required: ["id", "name"],
  properties: { id: { type: "string", format: "uuid" }, name: { type: "string" } },
};

const contactFields = {
  id: { type: "string", description: "A 64-bit integer as a decimal string.", example: "1042" },
  phone: { type: "string", description: "E.164.", example: "+4915123456789" },
  firstName: { type: ["string", "null"] },
  lastName: { type: ["string", "null"] },
  email: { type: ["string", "null"] },
  optedOut: { type: "boolean" },
  createdAt: { type: "string", format: "date-time" },
  lists: { type: "array", items: listRef },
};

export const contactsFragment: OpenApiFragment = {
  tag: {
    name: "Contacts",
    description:
      "People you message. Numbers are normalised to E.164 as imports do it, with the given `country` or your organization's default for numbers without a country code; a number is unique within the organization.",
  },
  schemas: {
    ContactSummary: { type: "object", required: Object.keys(contactFields), properties: contactFields },
    Contact: {
      type: "object",
      properties: {
        ...contactFields,
        timeZone: { type: ["string", "null"] },
        customFields: {
          type: "object",
          additionalProperties: { type: ["string", "number", "boolean", "null"] },
        },
        optedOutAt: { type: ["string", "null"], format: "date-time" },
        updatedAt: { type: "string", format: "date-time" },
      },
    },
  },
  paths: {
    "/contacts": {
      post: {
        operationId: "createContact",
        summary: "Create a contact",
        description:
          "Creates one contact and adds it to the given lists. A number already in use answers 409.",
        parameters: [IDEMPOTENCY_PARAMETER],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: inputSchemaOf(ZApiCreateContact),
              example: {
                phone: "0151 2345 6789",
                country: "DE",
                firstName: "Ada",
                email: "ada@example.com",
                customFields: { plan: "gold" },
                listIds: ["3f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"],
              },
            },
          },
        },
        responses: {
          "201": jsonResponse("The contact.", ref("Contact")),
          ...errorResponses(...BODY_ERRORS, "409"),
        },
      },
      get: {
        operationId: "listContacts",
        summary: "List contacts",
        description: "Newest first, paged by an opaque keyset cursor.",
        parameters: [
          {
            name: "cursor",
            in: "query",
            schema: { type: "string" },
            description: "`nextCursor` of the previous page.",
          },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
          {
            name: "listId",
            in: "query",
            schema: { type: "string", format: "uuid" },
            description: "Members of this list only.",
          },
          { name: "optedOut", in: "query", schema: { type: "boolean" }, description: "`true` or `false`." },
          {
            name: "search",
            in: "query",
            schema: { type: "string", maxLength: 100 },
            description: "Part of a number, name or email.",
          },
        ],
        responses: {
          "200": jsonResponse("One page.", pageOf("ContactSummary")),
          ...errorResponses("404", "422"),
        },
      },
    },
    "/contacts/{id}": {
      get: {
        operationId: "getContact",
        summary: "Get a contact",
        parameters: [pathId("The contact's id.", inputSchemaOf(ZApiContactId))],
        responses: { "200": jsonResponse("The contact.", ref("Contact")), ...errorResponses("404") },
      },
    },
  },
};
