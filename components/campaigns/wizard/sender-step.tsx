"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { checkSenderId } from "@/lib/campaigns/client";
import type { StepProps } from "./step-props";
import styles from "./campaign-wizard.module.css";

/** Step 1: the campaign's name (for the team) and the sender ID (what recipients see). */
export function SenderStep({ values, errors, change }: StepProps) {
  const [senderTouched, setSenderTouched] = useState(values.senderId !== "");
  // Checked as typed with the same rule the server applies; "empty" only once the field was left.
  const liveSenderError =
    values.senderId !== "" || senderTouched ? (checkSenderId(values.senderId) ?? undefined) : undefined;

  return (
    <div className={styles.pair}>
      <Field
        id="campaign-name"
        label="Campaign name"
        hint="Only your team sees it."
        error={errors.name}
        required
      >
        {(control) => (
          <Input
            {...control}
            name="name"
            maxLength={120}
            autoComplete="off"
            placeholder="Spring sale"
            value={values.name}
            onChange={(event) => change({ name: event.target.value }, ["name"])}
          />
        )}
      </Field>
      <Field
        id="campaign-sender"
        label="Sender ID"
        hint="What recipients see as the sender: up to 11 letters, digits or spaces, or a number (a short code, or with country code)."
        error={errors.senderId ?? liveSenderError}
        required
      >
        {(control) => (
          <Input
            {...control}
            name="senderId"
            autoComplete="off"
            spellCheck={false}
            placeholder="RelayShop"
            value={values.senderId}
            onChange={(event) => change({ senderId: event.target.value }, ["senderId"])}
            onBlur={() => setSenderTouched(true)}
          />
        )}
      </Field>
    </div>
  );
}
