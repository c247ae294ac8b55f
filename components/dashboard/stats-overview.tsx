import { StatCard } from "@/components/ui/stat-card";
import type { DashboardStats } from "./dashboard-stats";
import styles from "./stats-overview.module.css";

type StatsOverviewProps = { stats: DashboardStats };

/** The dashboard's row of headline figures. */
export function StatsOverview({ stats }: StatsOverviewProps) {
  return (
    <section aria-labelledby="stats-heading">
      <h2 id="stats-heading" className="visually-hidden">
        Overview
      </h2>
      <dl className={styles.grid}>
        <StatCard label="Contacts" value={stats.contacts} hint="Across all lists" />
        <StatCard label="Campaigns sent" value={stats.campaignsSent} hint="All time" />
        <StatCard
          label="Messages delivered"
          value={stats.messagesDelivered}
          hint="Confirmed by carrier receipts"
        />
        <StatCard label="Replies" value={stats.replies} hint="Inbound messages from contacts" />
      </dl>
    </section>
  );
}
