"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import styles from "./error.module.css";

type DashboardErrorProps = {
  error: unknown;
  /** Fetches and renders the segment again. */
  retry: () => void;
};

export default function DashboardError({ error, retry }: DashboardErrorProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;

  useEffect(() => {
    console.error(error);
    // Keyboard and screen-reader users land on the explanation, not somewhere in the old page.
    headingRef.current?.focus();
  }, [error]);

  return (
    <div className={styles.error}>
      <div className={styles.icon}>
        <Icon name="alert" size={24} />
      </div>
      <h1 ref={headingRef} tabIndex={-1} className={styles.title}>
        This page couldn&apos;t be loaded
      </h1>
      <p className={styles.description}>
        Something went wrong on our side while loading it. Try again; if it keeps happening, give your
        administrator the reference below.
      </p>
      {digest ? (
        <p className={styles.reference}>
          Reference: <code>{digest}</code>
        </p>
      ) : null}
      <Button variant="primary" onClick={() => retry()} className={styles.retry}>
        <Icon name="refresh" size={16} />
        Try again
      </Button>
    </div>
  );
}
