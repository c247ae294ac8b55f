"use client";

import { useActionState } from "react";
import { Badge } from "@/components/ui/badge";
import { ActionMessage } from "./action-message";
import { IDLE, type FormAction } from "./action-state";
import { SubmitButton } from "./submit-button";
import styles from "./contact-card-forms.module.css";

type ContactOptOutFormProps = {
  contactId: string;
  optedOut: boolean;
  /** "25 Nov 2026, 14:02 UTC", when opted out. */
  optedOutLabel: string | null;
  action: FormAction;
};

/** The contact's opt-out state and the one button that changes it. */
export function ContactOptOutForm({ contactId, optedOut, optedOutLabel, action }: ContactOptOutFormProps) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <div className={styles.stack}>
      <p className={styles.state}>
        {optedOut ? <Badge tone="danger">Opted out</Badge> : <Badge tone="success">Subscribed</Badge>}
        <span>
          {optedOut ? `since ${optedOutLabel ?? "an unknown date"}` : "Receives campaign messages."}
        </span>
      </p>
      <p className={styles.explanation}>
        Opted-out contacts are never sent campaign messages. A contact who replies STOP is opted out at once;
        opt someone back in only when they have asked for it.
      </p>
      <form action={formAction}>
        <input type="hidden" name="contactId" value={contactId} />
        <input type="hidden" name="optedOut" value={optedOut ? "false" : "true"} />
        <SubmitButton variant={optedOut ? "secondary" : "danger"} pendingLabel="Saving…">
          {optedOut ? "Opt back in" : "Opt out"}
        </SubmitButton>
      </form>
      <ActionMessage state={state} />
    </div>
  );
}
