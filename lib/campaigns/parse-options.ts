import { NotFoundError } from "@/lib/errors";

export { parseOptions } from "@/lib/parse-options";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is a campaign that does not exist. */
export function campaignIdOrNotFound(campaignId: string): string {
  if (!UUID.test(campaignId)) throw new NotFoundError("That campaign");
  return campaignId;
}
