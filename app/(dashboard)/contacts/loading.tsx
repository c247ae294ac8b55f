import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function ContactsLoading() {
  return (
    <PageSkeleton
      label="Loading contacts…"
      titleWidth="min(12rem, 60%)"
      descriptionWidth="min(22rem, 90%)"
      content="table"
    />
  );
}
