import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Templates" };

export default async function TemplatesPage() {
  await requireSession();
  return (
    <>
      <PageHeader title="Templates" description="Reusable messages, personalised with merge tags." />
      <EmptyState
        icon="templates"
        title="No templates yet"
        description={
          <>
            Your message templates will appear here. Write a message once with merge tags such as{" "}
            <code>{"{{firstName}}"}</code>, and each contact receives it with their own details.
          </>
        }
        points={[
          "See the length in characters and SMS segments as you write, so you know what a send will cost.",
          "Characters outside the standard SMS alphabet (emoji, some accents) are pointed out, since they shorten each segment.",
          "Preview the message as a real contact will read it before you use it in a campaign.",
        ]}
      />
    </>
  );
}
