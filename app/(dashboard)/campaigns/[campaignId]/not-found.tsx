import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";

export default function CampaignNotFound() {
  return (
    <EmptyState
      icon="campaigns"
      headingLevel={1}
      title="Campaign not found"
      description="It may have been deleted, or the link is wrong."
      action={<ButtonLink href="/campaigns">All campaigns</ButtonLink>}
    />
  );
}
