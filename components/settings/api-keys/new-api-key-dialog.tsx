"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import type { CreatedApiKey } from "./api-key-action-result";
import styles from "./api-keys.module.css";

/** Shows a new key's secret the one time it exists outside the caller's systems, with a copy button. */
export function NewApiKeyDialog({
  created,
  onClose,
}: {
  created: CreatedApiKey | null;
  onClose: () => void;
}) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied("yes");
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): the key stays selectable.
      setCopied("failed");
    }
  }

  function close() {
    setCopied(null);
    onClose();
  }

  return (
    <ConfirmDialog
      open={created !== null}
      title={created ? `Your new key “${created.name}”` : "Your new key"}
      onClose={close}
      actions={
        <div className={styles.dialogButtons}>
          <Button variant="secondary" onClick={copy}>
            Copy key
          </Button>
          <Button variant="primary" onClick={close}>
            Done
          </Button>
        </div>
      }
    >
      <p>
        <strong>Copy this key now: you will not see it again.</strong> Relay keeps only a fingerprint of it.
        If you lose it, revoke it and create a new one.
      </p>
      <label htmlFor="new-api-key" className={styles.secretLabel}>
        API key
      </label>
      <Input
        id="new-api-key"
        readOnly
        value={created?.secret ?? ""}
        className={styles.secret}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p role="status" className={styles.copyStatus}>
        {copied === "yes" ? "Copied to the clipboard." : null}
        {copied === "failed" ? "Could not copy; select the key and copy it yourself." : null}
      </p>
    </ConfirmDialog>
  );
}
