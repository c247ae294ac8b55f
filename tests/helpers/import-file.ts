import { createImport, receiveImportFile, type CreateImportInput } from "@/lib/contacts";

/** A ReadableStream over bytes, delivered in small pieces like a network upload. */
export function uploadStream(content: Uint8Array | string, pieceBytes = 7_000): ReadableStream<Uint8Array> {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + pieceBytes));
      offset += pieceBytes;
    },
  });
}

/** Creates an import into a new list and uploads `content` through the same functions the UI uses. */
export async function uploadImport(options: {
  orgId: string;
  userId: string;
  content: Uint8Array | string;
  options?: Partial<CreateImportInput["options"]>;
  listName?: string;
  maxBytes?: number;
}) {
  const record = await createImport({
    orgId: options.orgId,
    userId: options.userId,
    input: {
      fileName: "contacts.csv",
      list: { newListName: options.listName ?? `List ${crypto.randomUUID().slice(0, 8)}` },
      options: {
        mapping: { phone: 0, firstName: 1, lastName: 2, custom: [{ column: 3, name: "plan" }] },
        defaultCountry: "DE",
        ...options.options,
      },
    },
  });
  const upload = receiveImportFile({
    orgId: options.orgId,
    importId: record.id,
    body: uploadStream(options.content),
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
  });
  return { record, upload };
}
