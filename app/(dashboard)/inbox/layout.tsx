import type { ReactNode } from "react";
import { toConversationItem } from "@/components/inbox/inbox-data";
import { InboxPanes } from "@/components/inbox/inbox-panes";
import { InboxProvider } from "@/components/inbox/inbox-provider";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { listConversations, listReplyCampaigns } from "@/lib/messaging";
import { loadConversationsAction } from "./actions";

/**
 * The inbox keeps its conversation list here, beside whichever thread is
 * open, so the list (its filters, pages loaded and scroll) stays as it is
 * while moving between conversations. Layouts do not see the address's
 * filters: the list reads them in the browser; the server renders the
 * unfiltered first page, which is what a plain visit shows.
 */
export default async function InboxLayout({ children }: { children: ReactNode }) {
  const { orgId } = await requireSession();
  const [firstPage, campaigns] = await Promise.all([
    listConversations({ orgId }),
    listReplyCampaigns({ orgId }),
  ]);
  return (
    <>
      <PageHeader title="Inbox" description="Replies from your contacts, one conversation per person." />
      <InboxProvider
        initialPage={{
          conversations: firstPage.conversations.map(toConversationItem),
          nextCursor: firstPage.nextCursor,
        }}
        loadConversations={loadConversationsAction}
      >
        <InboxPanes campaigns={campaigns}>{children}</InboxPanes>
      </InboxProvider>
    </>
  );
}
