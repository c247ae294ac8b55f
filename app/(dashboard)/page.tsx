import type { Metadata } from "next";
import { emptyDashboardStats, type GettingStartedProgress } from "@/components/dashboard/dashboard-stats";
import { GetStarted } from "@/components/dashboard/get-started";
import { StatsOverview } from "@/components/dashboard/stats-overview";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import styles from "./dashboard.module.css";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const session = await requireSession();
  // Real figures come from lib/ once contacts, campaigns and messaging are built;
  // swap these two values for their queries (scoped by session.orgId).
  const stats = emptyDashboardStats;
  const progress: GettingStartedProgress = {
    hasContacts: stats.contacts > 0,
    hasTemplates: false,
    hasCampaigns: stats.campaignsSent > 0,
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
        <GetStarted progress={progress} />
      </div>
    </>
  );
}
