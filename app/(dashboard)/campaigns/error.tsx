"use client";

import { AreaError } from "@/components/ui/area-error";

/** The campaigns area failed to load. */
export default function CampaignsError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <AreaError
      error={error}
      retry={retry}
      title="Campaigns couldn't be loaded"
      reassurance="Campaigns that are sending keep sending"
      back={{ href: "/campaigns", label: "All campaigns" }}
    />
  );
}
