import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { API_MESSAGE_COLUMNS, toApiMessage, type ApiMessage } from "./api-message";
import { ZGetMessage, type GetMessageInput } from "./list-messages.schema";

/**
 * One single (non-campaign) outbound message of the organization, as the
 * REST API shows it; another organization's id is NotFoundError like a
 * missing one.
 */
export async function getMessage(options: GetMessageInput): Promise<ApiMessage> {
  const { orgId, messageId } = parseOptions(ZGetMessage, options);
  const row = await db.message.findFirst({
    where: { id: BigInt(messageId), orgId, campaignId: null, direction: "outbound" },
    select: API_MESSAGE_COLUMNS,
  });
  if (!row) throw new NotFoundError("That message");
  return toApiMessage(row);
}
