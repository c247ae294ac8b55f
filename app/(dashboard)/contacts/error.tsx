"use client";

import { AreaError } from "@/components/ui/area-error";

/** The contacts area failed to load. */
export default function ContactsError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <AreaError
      error={error}
      retry={retry}
      title="Contacts couldn't be loaded"
      reassurance="Your contacts are safe"
      back={{ href: "/contacts", label: "All contacts" }}
    />
  );
}
