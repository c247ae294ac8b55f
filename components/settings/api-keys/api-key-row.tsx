"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ApiKeyRowData, RevokeApiKeyAction } from "./api-key-action-result";
import styles from "./api-keys.module.css";

type ApiKeyRowProps = {
  apiKey: ApiKeyRowData;
  revoke: RevokeApiKeyAction | null;
  onNotice: (notice: { tone: "success" | "error"; text: string }) => void;
};

export function ApiKeyRow({ apiKey, revoke, onNotice }: ApiKeyRowProps) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [revoking, startRevoke] = useTransition();
  const revoked = apiKey.revokedIso !== null;

  function confirmRevoke() {
    if (!revoke) return;
    startRevoke(async () => {
      const result = await revoke(apiKey.id);
      if (result.ok) {
        setConfirming(false);
        onNotice({
          tone: "success",
          text: `Revoked “${apiKey.name}”. Requests with it are refused from now on.`,
        });
        router.refresh();
      } else {
        setError(result.message ?? "The key could not be revoked.");
      }
    });
  }

  return (
    <tr>
      <td>
        <span className={styles.name}>{apiKey.name}</span>
        {apiKey.createdBy ? <p className={styles.muted}>by {apiKey.createdBy}</p> : null}
      </td>
      <td className={styles.prefix}>
        <code>{apiKey.prefix}…</code>
      </td>
      <td>
        <time dateTime={apiKey.createdIso}>{apiKey.createdLabel}</time>
      </td>
      <td>
        {apiKey.lastUsedIso ? (
          <time dateTime={apiKey.lastUsedIso}>{apiKey.lastUsedLabel}</time>
        ) : (
          <span className={styles.muted}>Never</span>
        )}
      </td>
      <td>
        {revoked ? (
          <>
            <Badge>Revoked</Badge>
            <p className={styles.muted}>
              <time dateTime={apiKey.revokedIso!}>{apiKey.revokedLabel}</time>
            </p>
          </>
        ) : (
          <Badge tone="success">Active</Badge>
        )}
      </td>
      {revoke ? (
        <td className={styles.rowActions}>
          {revoked ? null : (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setError(null);
                setConfirming(true);
              }}
            >
              Revoke<span className="visually-hidden"> “{apiKey.name}”</span>
            </Button>
          )}
          <ConfirmDialog
            open={confirming}
            title={`Revoke “${apiKey.name}”?`}
            confirmLabel={revoking ? "Revoking…" : "Revoke key"}
            pending={revoking}
            onConfirm={confirmRevoke}
            onClose={() => setConfirming(false)}
          >
            <p>
              Every request with this key is refused from now on, at once. This cannot be undone: the systems
              that use it need a new key.
            </p>
            {error ? (
              <p className={styles.dialogError} role="alert">
                {error}
              </p>
            ) : null}
          </ConfirmDialog>
        </td>
      ) : null}
    </tr>
  );
}
