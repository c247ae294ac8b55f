import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "./parse-input";
import { ZSetContactOptOut, type SetContactOptOutInput } from "./set-contact-opt-out.schema";

export type ContactOptOut = { optedOut: boolean; optedOutAt: Date | null };

/**
 * Opts a contact out (never sent campaign messages again) or back in. Opting
 * out twice keeps the first date, so the record shows when the contact asked.
 */
export async function setContactOptOut(input: SetContactOptOutInput): Promise<ContactOptOut> {
  const { orgId, contactId, optedOut } = parseInput(ZSetContactOptOut, input);
  const [updated] = await db.$queryRaw<ContactOptOut[]>`
    UPDATE contacts SET
      "optedOut" = ${optedOut},
      "optedOutAt" = CASE WHEN ${optedOut} THEN coalesce("optedOutAt", now()) END,
      "updatedAt" = now()
    WHERE id = ${contactId} AND "orgId" = ${orgId}::uuid
    RETURNING "optedOut", "optedOutAt"`;
  if (!updated) throw new NotFoundError("Contact");
  return updated;
}
