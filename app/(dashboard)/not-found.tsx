import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";

/** Shown inside the app's frame when a page calls notFound(), e.g. a campaign that does not exist. */
export default function DashboardNotFound() {
  return (
    <EmptyState
      icon="compass"
      headingLevel={1}
      title="This page doesn’t exist"
      description="It may have been deleted, or the link points to another organization's workspace. Check the address, or go back to the dashboard."
      action={
        <ButtonLink href="/" variant="primary">
          Go to the dashboard
        </ButtonLink>
      }
    />
  );
}
