import { NotFoundError } from "@/lib/errors";

export { parseOptions } from "@/lib/parse-options";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id as the database wants it; a malformed id is a template that does not exist. */
export function templateIdOrNotFound(templateId: string): string {
  if (!UUID.test(templateId)) throw new NotFoundError("That template");
  return templateId;
}

const MAX_BIGINT = 9_223_372_036_854_775_807n;

/** A contact id from the UI as a bigint; a malformed one is a contact that does not exist. */
export function contactIdOrNotFound(contactId: string): bigint {
  if (!/^[1-9]\d{0,18}$/.test(contactId)) throw new NotFoundError("That contact");
  const id = BigInt(contactId);
  if (id > MAX_BIGINT) throw new NotFoundError("That contact");
  return id;
}
