import type { Metadata } from "next";
import { toCampaignRow } from "@/components/campaigns/campaign-row";
import { CampaignsTable } from "@/components/campaigns/campaigns-table";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { listCampaigns } from "@/lib/campaigns";
import styles from "./campaigns.module.css";

export const metadata: Metadata = { title: "Campaigns" };

type CampaignsPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function CampaignsPage({ searchParams }: CampaignsPageProps) {
  const { orgId } = await requireSession();
  const { cursor } = await searchParams;
  const asOf = new Date();
  const page = await listCampaigns({ orgId, cursor: typeof cursor === "string" ? cursor : null });
  const isFirstPage = typeof cursor !== "string";
  const newCampaign = (
    <ButtonLink href="/campaigns/new" variant="primary">
      New campaign
    </ButtonLink>
  );
  const header = (
    <PageHeader
      title="Campaigns"
      description="Send a template to your lists, now or at a time you choose."
      actions={page.campaigns.length === 0 && isFirstPage ? undefined : newCampaign}
    />
  );

  if (page.campaigns.length === 0 && isFirstPage) {
    return (
      <>
        {header}
        <EmptyState
          icon="campaigns"
          title="No campaigns yet"
          description="Your campaigns will appear here with their status and live delivery progress. Pick a template and one or more lists, send at once or schedule it, and pause, resume or cancel while it runs."
          points={[
            "Opted-out and duplicate numbers are left out automatically.",
            "Quiet hours hold messages overnight in each recipient's own time zone instead of waking them.",
            "Delivery reports from the carrier update each message's status as they arrive.",
          ]}
          action={newCampaign}
        />
      </>
    );
  }

  return (
    <>
      {header}
      <CampaignsTable campaigns={page.campaigns.map((campaign) => toCampaignRow(campaign, asOf))} />
      {isFirstPage && page.nextCursor === null ? null : (
        <nav aria-label="Pages" className={styles.pager}>
          {isFirstPage ? null : <ButtonLink href="/campaigns">First page</ButtonLink>}
          {page.nextCursor === null ? null : (
            <ButtonLink href={`/campaigns?cursor=${encodeURIComponent(page.nextCursor)}`} rel="next">
              Older campaigns
            </ButtonLink>
          )}
        </nav>
      )}
    </>
  );
}
