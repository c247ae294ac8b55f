import type { Metadata } from "next";
import { TemplatesTable } from "@/components/templates/templates-table";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { listTemplates } from "@/lib/templates";
import { deleteTemplateAction, duplicateTemplateAction } from "./actions";
import styles from "./templates.module.css";

export const metadata: Metadata = { title: "Templates" };

type TemplatesPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TemplatesPage({ searchParams }: TemplatesPageProps) {
  const { orgId } = await requireSession();
  const { cursor } = await searchParams;
  const page = await listTemplates({ orgId, cursor: typeof cursor === "string" ? cursor : null });
  const isFirstPage = typeof cursor !== "string";
  const newTemplate = (
    <ButtonLink href="/templates/new" variant="primary">
      New template
    </ButtonLink>
  );

  if (page.templates.length === 0 && isFirstPage) {
    return (
      <>
        <PageHeader title="Templates" description="Reusable messages, personalised with merge tags." />
        <EmptyState
          icon="templates"
          title="No templates yet"
          description={
            <>
              Write a message once with merge tags such as <code>{"{{firstName}}"}</code>, and each contact
              receives it with their own details.
            </>
          }
          points={[
            "See the length in characters and SMS segments as you write, so you know what a send will cost.",
            "Characters outside the standard SMS alphabet (emoji, some accents) are pointed out, since they shorten each segment.",
            "Preview the message as a real contact will read it before you use it in a campaign.",
          ]}
          action={newTemplate}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Templates"
        description="Reusable messages, personalised with merge tags."
        actions={newTemplate}
      />
      <TemplatesTable
        templates={page.templates.map((template) => ({
          id: template.id,
          name: template.name,
          body: template.body,
          encoding: template.encoding,
          segments: template.segments,
          updatedAt: template.updatedAt.toISOString(),
        }))}
        duplicateAction={duplicateTemplateAction}
        deleteAction={deleteTemplateAction}
      />
      {isFirstPage && page.nextCursor === null ? null : (
        <nav aria-label="Pages" className={styles.pager}>
          {isFirstPage ? null : <ButtonLink href="/templates">First page</ButtonLink>}
          {page.nextCursor === null ? null : (
            <ButtonLink href={`/templates?cursor=${encodeURIComponent(page.nextCursor)}`}>
              Next page
            </ButtonLink>
          )}
        </nav>
      )}
    </>
  );
}
