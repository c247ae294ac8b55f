import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  await requireSession();
  return (
    <>
      <PageHeader title="Inbox" description="Replies from your contacts, one conversation per person." />
      <EmptyState
        icon="inbox"
        title="No replies yet"
        description="When contacts answer your messages, their conversations will appear here, newest first, and you can reply to each one directly."
        points={[
          "Replies from numbers you don't know yet create a new contact.",
          "STOP, UNSUBSCRIBE and similar words opt the number out at once and send one confirmation; START opts it back in.",
          "HELP is answered with your organization's help text.",
        ]}
      />
    </>
  );
}
