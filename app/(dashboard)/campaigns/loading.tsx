import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function CampaignsLoading() {
  return (
    <PageSkeleton
      label="Loading campaigns…"
      titleWidth="min(12rem, 60%)"
      descriptionWidth="min(26rem, 90%)"
      content={{ blocks: [360] }}
    />
  );
}
