"use client";

import { AreaError } from "@/components/ui/area-error";

/** The inbox area failed to load. */
export default function InboxError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <AreaError
      error={error}
      retry={retry}
      title="The inbox couldn't be loaded"
      reassurance="Replies are still received and stored"
      back={{ href: "/", label: "Dashboard" }}
    />
  );
}
