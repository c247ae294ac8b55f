"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import styles from "./webhooks.module.css";

/** A signing secret shown in full, selectable, with a copy button. */
export function SecretValue({ label, secret }: { label: string; secret: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.secret}>
      <span className={styles.secretLabel}>{label}</span>
      <code className={styles.secretValue} data-testid="webhook-secret">
        {secret}
      </code>
      <Button
        size="sm"
        onClick={() =>
          navigator.clipboard?.writeText(secret).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? "Copied" : "Copy"}
      </Button>
    </div>
  );
}
