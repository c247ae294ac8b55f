import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function ImportContactsLoading() {
  return (
    <PageSkeleton
      label="Loading…"
      titleWidth="min(14rem, 70%)"
      descriptionWidth="min(36rem, 90%)"
      content={{ blocks: [280, undefined] }}
    />
  );
}
