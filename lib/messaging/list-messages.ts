import type { CountryCode } from "libphonenumber-js/min";
import { normalizePhone } from "@/lib/contacts";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { API_MESSAGE_COLUMNS, toApiMessage, type ApiMessage } from "./api-message";
import { ZListMessages, type ListMessagesInput } from "./list-messages.schema";

export interface MessagesPage {
  messages: ApiMessage[];
  /** Cursor of the following (older) page; null on the last page. */
  nextCursor: string | null;
}

/**
 * The organization's single outbound messages (API sends, inbox replies,
 * keyword confirmations), newest first, a page at a time by keyset on the
 * id (partial indexes per filter, so campaign messages are never scanned).
 */
export async function listMessages(options: ListMessagesInput): Promise<MessagesPage> {
  const input = parseOptions(ZListMessages, options);
  const before = input.cursor === undefined ? null : decodeCursor(input.cursor);
  const where: Prisma.MessageWhereInput = {
    orgId: input.orgId,
    campaignId: null,
    direction: "outbound",
    ...(before !== null ? { id: { lt: before } } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.clientReference ? { clientReference: input.clientReference } : {}),
    ...(input.to ? { phone: await normalizedRecipient(input.orgId, input.to) } : {}),
    ...(input.createdFrom || input.createdTo
      ? {
          createdAt: {
            ...(input.createdFrom ? { gte: new Date(input.createdFrom) } : {}),
            ...(input.createdTo ? { lt: new Date(input.createdTo) } : {}),
          },
        }
      : {}),
  };
  const rows = await db.message.findMany({
    where,
    orderBy: { id: "desc" },
    take: input.limit + 1,
    select: API_MESSAGE_COLUMNS,
  });
  const page = rows.slice(0, input.limit);
  return {
    messages: page.map(toApiMessage),
    nextCursor: rows.length > input.limit ? encodeCursor(page.at(-1)!.id) : null,
  };
}

/** The filter's number as it is stored (E.164 with the organization's default country). */
async function normalizedRecipient(orgId: string, to: string): Promise<string> {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { defaultCountry: true } });
  if (!org) throw new NotFoundError("That organization");
  const phone = normalizePhone(to, org.defaultCountry as CountryCode);
  if (!phone.ok) throw new ValidationError(phone.reason, "to");
  return phone.e164;
}

/** Opaque to clients: base64url of "m:<last id>". */
function encodeCursor(id: bigint): string {
  return Buffer.from(`m:${id}`, "utf8").toString("base64url");
}

function decodeCursor(text: string): bigint {
  const match = /^m:([1-9]\d{0,18})$/.exec(Buffer.from(text, "base64url").toString("utf8"));
  if (!match)
    throw new ValidationError("This cursor was not made by this API; start from the first page.", "cursor");
  return BigInt(match[1]!);
}
