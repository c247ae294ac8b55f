import { db, Prisma } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { ZCreateImport, type CreateImportInput } from "./import-options.schema";

/**
 * Creates the import record (status "uploading") and, when asked, its new
 * list. The file follows in a streamed upload (receiveImportFile).
 */
export async function createImport(options: { orgId: string; userId: string; input: CreateImportInput }) {
  const parsed = ZCreateImport.safeParse(options.input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ValidationError(issue.message, issue.path.join("."));
  }
  const { fileName, options: importOptions, list } = parsed.data;
  const { orgId } = options;
  return db.$transaction(async (tx) => {
    let listId: string;
    if ("listId" in list) {
      const existing = await tx.contactList.findFirst({
        where: { id: list.listId, orgId },
        select: { id: true },
      });
      if (!existing) throw new NotFoundError("That list");
      listId = existing.id;
    } else {
      try {
        listId = (await tx.contactList.create({ data: { orgId, name: list.newListName } })).id;
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          throw new ValidationError(
            `A list named "${list.newListName}" already exists. Pick it, or use another name.`,
            "newListName",
          );
        }
        throw error;
      }
    }
    return tx.contactImport.create({
      data: {
        orgId,
        listId,
        createdById: options.userId,
        fileName,
        status: "uploading",
        options: importOptions,
      },
    });
  });
}
