"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ReplayWebhookDeliveryAction } from "./webhook-action-result";
import styles from "./webhooks.module.css";

/** Sends a delivery again now: same webhook-id and body, new timestamp and signature. */
export function ReplayButton({
  deliveryId,
  replay,
}: {
  deliveryId: string;
  replay: ReplayWebhookDeliveryAction;
}) {
  const router = useRouter();
  const [pending, startReplay] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className={styles.replay}>
      <Button
        size="sm"
        pending={pending}
        onClick={() => {
          if (pending) return;
          startReplay(async () => {
            const result = await replay(deliveryId);
            setMessage(result.ok ? "Sent again." : (result.message ?? "Could not replay."));
            if (result.ok) setTimeout(() => router.refresh(), 1_000);
          });
        }}
      >
        Replay
      </Button>
      <span role="status" className={styles.muted}>
        {message}
      </span>
    </span>
  );
}
