import type { Metadata } from "next";
import { TemplateEditor } from "@/components/templates/template-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { getMergeFields } from "@/lib/templates";
import { listContactLists } from "@/lib/contacts";
import { saveTemplateAction } from "../actions";

export const metadata: Metadata = { title: "New template" };

export default async function NewTemplatePage() {
  const { orgId } = await requireSession();
  const [{ fields }, lists] = await Promise.all([getMergeFields({ orgId }), listContactLists({ orgId })]);
  return (
    <>
      <PageHeader
        title="New template"
        description="Write the message once; merge tags fill in each contact's details."
      />
      <TemplateEditor template={null} mergeFields={fields} lists={lists} saveAction={saveTemplateAction} />
    </>
  );
}
