import { db } from "@/lib/db";

export interface AudienceList {
  id: string;
  name: string;
  memberCount: number;
}

const MAX_LISTS = 500;

/** The organization's contact lists by name, for the editor's "measure for lists" choice. */
export async function listAudienceLists(options: { orgId: string }): Promise<AudienceList[]> {
  return db.contactList.findMany({
    where: { orgId: options.orgId },
    select: { id: true, name: true, memberCount: true },
    orderBy: { name: "asc" },
    take: MAX_LISTS,
  });
}
