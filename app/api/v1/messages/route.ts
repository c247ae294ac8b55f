import { apiRoute } from "@/lib/api";
import { createApiMessage, listMessages, ZCreateApiMessage, ZListMessagesQuery } from "@/lib/messaging";

/** Sends one message (202: accepted and queued; its status moves on as the worker sends it). */
export const POST = apiRoute(
  { body: ZCreateApiMessage, idempotent: true },
  async ({ orgId, apiKeyId, idempotencyKey, body }) => {
    const message = await createApiMessage({ ...body, orgId, apiKeyId, idempotencyKey });
    return Response.json(message, { status: 202 });
  },
);

/** The organization's single messages, newest first, with filters and a cursor. */
export const GET = apiRoute({ query: ZListMessagesQuery }, async ({ orgId, query }) => {
  const page = await listMessages({ ...query, orgId });
  return Response.json({ data: page.messages, nextCursor: page.nextCursor });
});
