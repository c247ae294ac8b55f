"use client";

import { AreaError } from "@/components/ui/area-error";

/** The routes page failed to load (the database or Redis is unreachable, say). */
export default function RoutesError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <AreaError
      error={error}
      retry={retry}
      title="Routes couldn't be loaded"
      reassurance="Messages keep going through the routes already saved"
      back={{ href: "/settings", label: "Settings" }}
    />
  );
}
