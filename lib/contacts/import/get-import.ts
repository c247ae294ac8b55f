import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { toImportProgress } from "./import-progress";

/** An import with its progress, scoped to the organization. */
export async function getImport(options: { orgId: string; importId: string }) {
  const record = await db.contactImport.findFirst({
    where: { id: options.importId, orgId: options.orgId },
    include: { list: { select: { id: true, name: true } } },
  });
  if (!record) throw new NotFoundError("That import");
  return {
    id: record.id,
    fileName: record.fileName,
    createdAt: record.createdAt,
    finishedAt: record.finishedAt,
    list: record.list,
    progress: toImportProgress(record),
  };
}

export type ImportView = Awaited<ReturnType<typeof getImport>>;

/** The organization's imports, newest first (a short list: imports are few). */
export async function listImports(options: { orgId: string; limit?: number }) {
  const records = await db.contactImport.findMany({
    where: { orgId: options.orgId },
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 20,
    include: { list: { select: { id: true, name: true } } },
  });
  return records.map((record) => ({
    id: record.id,
    fileName: record.fileName,
    createdAt: record.createdAt,
    list: record.list,
    progress: toImportProgress(record),
  }));
}
