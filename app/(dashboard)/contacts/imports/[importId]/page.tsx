import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ImportProgress } from "@/components/contacts/import/import-progress";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { getImport } from "@/lib/contacts";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Import" };

type ImportPageProps = { params: Promise<{ importId: string }> };

export default async function ImportPage({ params }: ImportPageProps) {
  const session = await requireSession();
  const { importId } = await params;
  // Not a uuid cannot be an import; asking the database would only fail on the type.
  if (!z.uuid().safeParse(importId).success) notFound();
  const [record, organization] = await Promise.all([
    getImport({ orgId: session.orgId, importId }).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    db.organization.findUnique({ where: { id: session.orgId }, select: { defaultTimeZone: true } }),
  ]);
  // The organization's zone, as on the import page, so a time reads the same for the whole team.
  const timeFormat = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: organization?.defaultTimeZone ?? "UTC",
  });

  return (
    <>
      <PageHeader
        title={record.fileName}
        description={
          <>
            {record.list ? `Into ${record.list.name}` : "Its list has been deleted"} · started{" "}
            <time dateTime={record.createdAt.toISOString()}>{timeFormat.format(record.createdAt)}</time>
          </>
        }
        actions={<ButtonLink href="/contacts/import">Import another file</ButtonLink>}
      />
      <ImportProgress initial={record.progress} list={record.list} />
    </>
  );
}
