import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function ListsLoading() {
  return (
    <PageSkeleton
      label="Loading lists…"
      titleWidth="min(12rem, 60%)"
      descriptionWidth="min(22rem, 90%)"
      content={{ blocks: [undefined] }}
    />
  );
}
