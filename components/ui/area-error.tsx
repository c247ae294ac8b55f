"use client";

import { useEffect, useRef } from "react";
import { Button } from "./button";
import { ButtonLink } from "./button-link";
import { EmptyState } from "./empty-state";

type AreaErrorProps = {
  error: unknown;
  /** Fetches and renders the segment again. */
  retry: () => void;
  /** "Campaigns couldn't be loaded". */
  title: string;
  /** What is still safe while the page is down, e.g. "Campaigns that are sending keep sending". */
  reassurance: string;
  /** Where to go instead. */
  back: { href: string; label: string };
};

/**
 * An area of the app failed to load: say so, say what is still safe, offer
 * to try again, keep the rest of the app usable. Focus moves to it so
 * keyboard and screen-reader users land on the explanation.
 */
export function AreaError({ error, retry, title, reassurance, back }: AreaErrorProps) {
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
        title={title}
        description={`Something went wrong on our side. ${reassurance}; try again in a moment.${digest ? ` Reference: ${digest}.` : ""}`}
        action={
          <>
            <Button variant="primary" onClick={() => retry()}>
              Try again
            </Button>{" "}
            <ButtonLink href={back.href}>{back.label}</ButtonLink>
          </>
        }
      />
    </div>
  );
}
