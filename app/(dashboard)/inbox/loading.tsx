import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function InboxLoading() {
  return (
    <PageSkeleton
      label="Loading the inbox…"
      titleWidth="min(8rem, 50%)"
      descriptionWidth="min(24rem, 90%)"
      content={{ blocks: [420] }}
    />
  );
}
