import type { CountryCode } from "libphonenumber-js/min";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { ZCreateContact, type CreateContactInput } from "./create-contact.schema";
import { getContact, type ContactDetail } from "./get-contact";
import { parseInput } from "./parse-input";
import { normalizePhone } from "./phone";

/**
 * Creates one contact: the number normalised to E.164 like an import's
 * (with the given or the organization's default country), custom fields
 * registered as merge tags, added to the given lists with their counters,
 * all in one transaction. A number already in the organization is a
 * ConflictError; a list outside it is a ValidationError on listIds.
 */
export async function createContact(input: CreateContactInput): Promise<ContactDetail> {
  const { orgId, phone, country, listIds, customFields, ...columns } = parseInput(ZCreateContact, input);
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { defaultCountry: true } });
  if (!org) throw new NotFoundError("Organization");
  const normalized = normalizeOrRefuse(phone, (country ?? org.defaultCountry) as CountryCode);

  const contactId = await db.$transaction(async (tx) => {
    const lists = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM contact_lists WHERE "orgId" = ${orgId}::uuid AND id = ANY(${listIds}::uuid[]) FOR UPDATE`;
    if (lists.length !== listIds.length) throw new ValidationError("That list does not exist.", "listIds");
    const [created] = await tx.$queryRaw<{ id: bigint }[]>`
      INSERT INTO contacts ("orgId", phone, "firstName", "lastName", email, "timeZone", fields)
      VALUES (${orgId}::uuid, ${normalized}, ${columns.firstName}, ${columns.lastName}, ${columns.email ?? null},
              ${columns.timeZone ?? null}, ${JSON.stringify(customFields)}::jsonb)
      ON CONFLICT ("orgId", phone) DO NOTHING
      RETURNING id`;
    if (!created) throw new ConflictError(`A contact with the number ${normalized} already exists.`);
    // Members, list counters and the organization's counter in one statement.
    await tx.$executeRaw`
      WITH added AS (
        INSERT INTO contact_list_members ("listId", "contactId")
        SELECT unnest(${listIds}::uuid[]), ${created.id}
        RETURNING "listId"
      ),
      counted AS (
        UPDATE contact_lists SET "memberCount" = "memberCount" + 1, "updatedAt" = now()
        WHERE id IN (SELECT "listId" FROM added)
        RETURNING 1
      )
      UPDATE organizations SET "contactCount" = "contactCount" + 1 WHERE id = ${orgId}::uuid`;
    const names = Object.keys(customFields);
    if (names.length > 0) {
      await tx.contactField.createMany({
        data: names.map((name) => ({ orgId, name })),
        skipDuplicates: true,
      });
    }
    return created.id;
  });
  return getContact({ orgId, contactId });
}

function normalizeOrRefuse(phone: string, country: CountryCode): string {
  try {
    const result = normalizePhone(phone, country);
    if (result.ok) return result.e164;
    throw new ValidationError(`${result.reason}.`, "phone");
  } catch (error) {
    // An unsupported default country is the country field's problem, not the number's.
    if (error instanceof ValidationError && error.field === "defaultCountry") {
      throw new ValidationError(error.message, "country");
    }
    throw error;
  }
}
