import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function ImportLoading() {
  return (
    <PageSkeleton
      label="Loading the import…"
      titleWidth="min(18rem, 70%)"
      descriptionWidth="min(24rem, 90%)"
      content={{ blocks: [260] }}
    />
  );
}
