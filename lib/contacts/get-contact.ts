import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ZGetContact, type GetContactInput } from "./get-contact.schema";
import { parseInput } from "./parse-input";

/** Custom field values as imported: usually text, sometimes numbers or booleans. */
export type CustomFieldValue = string | number | boolean | null;

export type ContactDetail = {
  id: string;
  phone: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  timeZone: string | null;
  /** Custom fields sorted by name. */
  customFields: { name: string; value: CustomFieldValue }[];
  optedOut: boolean;
  optedOutAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  lists: { id: string; name: string }[];
};

/** One contact of the organization with its custom fields and lists; NotFoundError otherwise. */
export async function getContact(input: GetContactInput): Promise<ContactDetail> {
  const { orgId, contactId } = parseInput(ZGetContact, input);
  const contact = await db.contact.findFirst({
    where: { id: contactId, orgId },
    include: {
      memberships: {
        where: { list: { orgId } },
        select: { list: { select: { id: true, name: true } } },
        orderBy: { list: { name: "asc" } },
      },
    },
  });
  if (!contact) throw new NotFoundError("Contact");
  const { memberships, fields, orgId: _orgId, ...rest } = contact;
  return {
    ...rest,
    id: contact.id.toString(),
    customFields: customFieldsOf(fields),
    lists: memberships.map((membership) => membership.list),
  };
}

function customFieldsOf(fields: unknown): ContactDetail["customFields"] {
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) return [];
  return Object.entries(fields)
    .map(([name, value]) => ({ name, value: scalarOf(value) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function scalarOf(value: unknown): CustomFieldValue {
  if (
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  ) {
    return value;
  }
  return JSON.stringify(value);
}
