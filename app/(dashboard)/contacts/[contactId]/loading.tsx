import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function ContactLoading() {
  return (
    <PageSkeleton
      label="Loading contact…"
      titleWidth="min(12rem, 60%)"
      descriptionWidth="min(22rem, 90%)"
      content={{ blocks: [undefined, undefined] }}
    />
  );
}
