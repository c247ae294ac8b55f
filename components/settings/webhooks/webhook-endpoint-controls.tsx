"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { WebhookActionResult, WebhookEndpointActions } from "./webhook-action-result";
import { SecretValue } from "./secret-value";
import styles from "./webhooks.module.css";

type Notice = { tone: "success" | "error"; text: string };

/** Owner/admin controls of one endpoint: test event, secret, on/off, delete. */
export function WebhookEndpointControls({
  endpoint,
  actions,
}: {
  endpoint: { id: string; url: string; enabled: boolean };
  actions: WebhookEndpointActions;
}) {
  const router = useRouter();
  const [pending, startWork] = useTransition();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [secret, setSecret] = useState<{ label: string; value: string } | null>(null);
  const [confirming, setConfirming] = useState<"delete" | "rotate" | null>(null);

  function run<T>(work: () => Promise<WebhookActionResult<T>>, done: (value: T) => void) {
    if (pending) return;
    setNotice(null);
    startWork(async () => {
      const result = await work();
      if (result.ok) done(result.value);
      else setNotice({ tone: "error", text: result.message ?? "That did not work; try again." });
    });
  }

  return (
    <div className={styles.stack}>
      <div className={styles.actions}>
        <Button
          disabled={!endpoint.enabled}
          onClick={() =>
            run(
              () => actions.sendTest(endpoint.id),
              () => {
                setNotice({ tone: "success", text: "Test event sent. It shows in the delivery log below." });
                router.refresh();
              },
            )
          }
        >
          Send test event
        </Button>
        <Button
          onClick={() =>
            run(
              () => actions.reveal(endpoint.id),
              (value) => setSecret({ label: "Signing secret", value }),
            )
          }
        >
          Reveal secret
        </Button>
        <Button onClick={() => setConfirming("rotate")}>Rotate secret</Button>
        <Button
          onClick={() =>
            run(
              () => actions.setEnabled(endpoint.id, !endpoint.enabled),
              () => {
                setNotice({
                  tone: "success",
                  text: endpoint.enabled ? "Endpoint disabled." : "Endpoint enabled.",
                });
                router.refresh();
              },
            )
          }
        >
          {endpoint.enabled ? "Disable" : "Enable"}
        </Button>
        <Button variant="danger" onClick={() => setConfirming("delete")}>
          Delete
        </Button>
      </div>
      <div role="status" aria-atomic="true">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      {secret ? <SecretValue label={secret.label} secret={secret.value} /> : null}
      <ConfirmDialog
        open={confirming === "rotate"}
        title="Rotate the signing secret?"
        confirmLabel="Rotate secret"
        pending={pending}
        onClose={() => setConfirming(null)}
        onConfirm={() =>
          run(
            () => actions.rotate(endpoint.id),
            (value) => {
              setConfirming(null);
              setSecret({ label: "New signing secret", value });
            },
          )
        }
      >
        The next delivery is signed with a new secret; your receiver rejects it until you give it the new one.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === "delete"}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        pending={pending}
        onClose={() => setConfirming(null)}
        onConfirm={() =>
          run(
            () => actions.delete(endpoint.id),
            () => router.push("/settings/webhooks"),
          )
        }
      >
        {endpoint.url} stops receiving events at once, and its delivery log is deleted with it.
      </ConfirmDialog>
    </div>
  );
}
