import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";

export default function ConversationNotFound() {
  return (
    <EmptyState
      icon="inbox"
      headingLevel={2}
      title="Conversation not found"
      description="Its contact may have been deleted, or the link is wrong."
      action={<ButtonLink href="/inbox">All conversations</ButtonLink>}
    />
  );
}
