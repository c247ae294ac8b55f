import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage() {
  await requireSession();
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Send a template to your lists, now or at a time you choose."
      />
      <EmptyState
        icon="campaigns"
        title="No campaigns yet"
        description="Your campaigns will appear here with their status and live delivery progress. Pick a template and one or more lists, send at once or schedule it, and pause, resume or cancel while it runs."
        points={[
          "Opted-out and duplicate numbers are left out automatically.",
          "Messages wait for daytime (08:00–21:00) in each recipient's time zone instead of arriving at night.",
          "Delivery reports from the carrier update each message's status as they arrive.",
        ]}
      />
    </>
  );
}
