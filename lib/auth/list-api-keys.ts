import { db } from "@/lib/db";
import { parseOptions } from "@/lib/parse-options";
import { ZListApiKeys, type ListApiKeysInput } from "./api-key.schema";
import { API_KEY_COLUMNS, toApiKeyView, type ApiKeyView } from "./api-key-view";

/** The organization's keys, newest first, revoked ones included; organizations keep a handful, not thousands. */
export async function listApiKeys(input: ListApiKeysInput): Promise<ApiKeyView[]> {
  const { orgId } = parseOptions(ZListApiKeys, input);
  const records = await db.apiKey.findMany({
    where: { orgId },
    select: API_KEY_COLUMNS,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return records.map(toApiKeyView);
}
