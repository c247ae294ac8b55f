import { ZApiAddListContacts } from "../schemas/contacts.schema";
import { ZApiCreateList } from "../schemas/lists.schema";
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

export const listsFragment: OpenApiFragment = {
  tag: { name: "Lists", description: "Named groups of contacts that campaigns are sent to." },
  schemas: {
    List: {
      type: "object",
      required: ["id", "name", "description", "memberCount", "createdAt"],
      properties: {
        id: { type: "string", format: "uuid" },
        name: { type: "string" },
        description: { type: ["string", "null"] },
        memberCount: { type: "integer" },
        createdAt: { type: "string", format: "date-time" },
      },
    },
  },
  paths: {
    "/lists": {
      post: {
        operationId: "createList",
        summary: "Create a list",
        description: "Names are unique within the organization (422 on `name`).",
        parameters: [IDEMPOTENCY_PARAMETER],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: inputSchemaOf(ZApiCreateList),
              example: { name: "Newsletter", description: "Monthly news" },
            },
          },
        },
        responses: { "201": jsonResponse("The list.", ref("List")), ...errorResponses(...BODY_ERRORS) },
      },
      get: {
        operationId: "listLists",
        summary: "List lists",
        description:
          "All lists by name, in one page (`nextCursor` is null): organizations keep tens of lists.",
        responses: { "200": jsonResponse("The lists.", pageOf("List")), ...errorResponses() },
      },
    },
    "/lists/{id}/contacts": {
      post: {
        operationId: "addContactsToList",
        summary: "Add contacts to a list",
        description:
          "Adds up to 5,000 contacts at once; contacts already in the list are left as they are. Any id not of your organization answers 404 and changes nothing.",
        parameters: [pathId("The list's id."), IDEMPOTENCY_PARAMETER],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: inputSchemaOf(ZApiAddListContacts),
              example: { contactIds: ["1042", "1043"] },
            },
          },
        },
        responses: {
          "200": jsonResponse("How many were added and the list's size.", {
            type: "object",
            required: ["added", "memberCount"],
            properties: { added: { type: "integer" }, memberCount: { type: "integer" } },
          }),
          ...errorResponses(...BODY_ERRORS, "404"),
        },
      },
    },
  },
};
