import { PageSkeleton } from "@/components/ui/page-skeleton";

/** While the wizard's lists, templates and connectors load: the header and the steps' outline. */
export function WizardLoading() {
  return (
    <PageSkeleton
      label="Loading the campaign wizard…"
      titleWidth="min(14rem, 60%)"
      descriptionWidth="min(30rem, 90%)"
      content={{ blocks: [140, 180, 260, 120, 160] }}
    />
  );
}
