"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";

type InboxErrorProps = {
  error: unknown;
  /** Fetches and renders the segment again. */
  retry: () => void;
};

/** The inbox failed to load: say so, offer to try again, keep the rest of the app usable. */
export default function InboxError({ error, retry }: InboxErrorProps) {
  const regionRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    console.error(error);
    regionRef.current?.focus();
  }, [error]);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;

  return (
    <div ref={regionRef} tabIndex={-1} role="alert">
      <EmptyState
        icon="alert"
        headingLevel={1}
        title="The inbox couldn't be loaded"
        description={`Something went wrong on our side. Replies are still received and stored; try again in a moment.${digest ? ` Reference: ${digest}.` : ""}`}
        action={
          <>
            <Button variant="primary" onClick={() => retry()}>
              Try again
            </Button>{" "}
            <ButtonLink href="/">Dashboard</ButtonLink>
          </>
        }
      />
    </div>
  );
}
