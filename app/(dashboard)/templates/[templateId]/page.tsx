import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TemplateEditor } from "@/components/templates/template-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { NotFoundError } from "@/lib/errors";
import { getMergeFields, getTemplate } from "@/lib/templates";
import { listContactLists } from "@/lib/contacts";
import { saveTemplateAction } from "../actions";

export const metadata: Metadata = { title: "Edit template" };

type EditTemplatePageProps = {
  params: Promise<{ templateId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditTemplatePage({ params, searchParams }: EditTemplatePageProps) {
  const { orgId } = await requireSession();
  const [{ templateId }, { created }] = await Promise.all([params, searchParams]);
  const [template, { fields }, lists] = await Promise.all([
    // Another organization's template, or none at all: the same "not found" page.
    getTemplate({ orgId, templateId }).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    getMergeFields({ orgId }),
    listContactLists({ orgId }),
  ]);
  return (
    <>
      <PageHeader
        title={template.name}
        description="Edit the template; campaigns already sent keep their text."
      />
      <TemplateEditor
        key={template.id}
        template={{ id: template.id, name: template.name, body: template.body }}
        mergeFields={fields}
        lists={lists}
        saveAction={saveTemplateAction}
        justCreated={created === "1"}
      />
    </>
  );
}
