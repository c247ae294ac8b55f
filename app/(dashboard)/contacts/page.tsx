import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Contacts" };

export default async function ContactsPage() {
  await requireSession();
  return (
    <>
      <PageHeader title="Contacts" description="The people you can message, organised in lists." />
      <EmptyState
        icon="contacts"
        title="No contacts yet"
        description="Your contact lists will appear here. Upload a CSV with phone numbers, names and any custom fields; numbers are checked and normalised to international format."
        points={[
          "Rows that can't be used are kept with their line number and the reason, ready to download, fix and upload again.",
          "Numbers that appear twice are imported once.",
          "Contacts who reply STOP are opted out at once and left out of every campaign.",
        ]}
      />
    </>
  );
}
