import { z } from "zod";
import { apiRoute } from "@/lib/api";
import { getMessage, ZMessageId } from "@/lib/messaging";

/** One message and its status. */
export const GET = apiRoute({ params: z.object({ id: ZMessageId }) }, async ({ orgId, params }) => {
  const message = await getMessage({ orgId, messageId: params.id });
  return Response.json(message);
});
