import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";

export default function ContactNotFound() {
  return (
    <EmptyState
      icon="contacts"
      headingLevel={1}
      title="Contact not found"
      description="It may have been deleted, or the link is wrong."
      action={<ButtonLink href="/contacts">All contacts</ButtonLink>}
    />
  );
}
