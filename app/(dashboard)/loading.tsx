import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function DashboardLoading() {
  return (
    <PageSkeleton
      label="Loading…"
      titleWidth="min(16rem, 70%)"
      descriptionWidth="min(28rem, 90%)"
      content="cards"
    />
  );
}
