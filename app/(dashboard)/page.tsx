import type { Metadata } from "next";
import { toCampaignRow } from "@/components/campaigns/campaign-row";
import type { DashboardStats, GettingStartedProgress } from "@/components/dashboard/dashboard-stats";
import { GetStarted } from "@/components/dashboard/get-started";
import { RecentCampaigns } from "@/components/dashboard/recent-campaigns";
import { StatsOverview } from "@/components/dashboard/stats-overview";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { getOrganizationOverview, getRecentCampaigns } from "@/lib/campaigns";
import styles from "./dashboard.module.css";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const session = await requireSession();
  const asOf = new Date();
  const [figures, recent] = await Promise.all([
    getOrganizationOverview({ orgId: session.orgId }),
    getRecentCampaigns({ orgId: session.orgId, limit: 5 }),
  ]);
  const stats: DashboardStats = {
    contacts: figures.contacts,
    campaignsSent: figures.campaignsSent,
    messagesDelivered: figures.messagesDelivered,
    replies: figures.replies,
  };
  const progress: GettingStartedProgress = {
    hasContacts: stats.contacts > 0,
    hasTemplates: figures.hasTemplates,
    hasCampaigns: figures.hasCampaigns,
  };
  const firstName = session.name.trim().split(/\s+/)[0] || session.email;
  const overview = `Here is how messaging is going at ${session.orgName}`;

  return (
    <>
      <PageHeader
        title={`Welcome, ${firstName}`}
        description={/[.!?]$/.test(overview) ? overview : `${overview}.`}
      />
      <div className={styles.sections}>
        <StatsOverview stats={stats} />
        <RecentCampaigns
          campaigns={recent.campaigns.map((campaign) => toCampaignRow(campaign, asOf))}
          totals={recent.totals}
        />
        <GetStarted progress={progress} />
      </div>
    </>
  );
}
