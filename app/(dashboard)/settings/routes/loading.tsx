import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function RoutesLoading() {
  return (
    <PageSkeleton
      label="Loading routes…"
      titleWidth="min(9rem, 50%)"
      descriptionWidth="min(30rem, 90%)"
      content={{ blocks: [280] }}
    />
  );
}
