import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function CampaignLoading() {
  return (
    <PageSkeleton
      label="Loading the campaign…"
      titleWidth="min(18rem, 70%)"
      descriptionWidth="min(10rem, 50%)"
      content={{ blocks: [320, 160] }}
    />
  );
}
