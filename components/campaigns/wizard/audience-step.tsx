"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { count } from "@/components/templates/counter-summary";
import type { RequestState } from "@/components/templates/use-debounced-request";
import type { CampaignEstimate } from "@/lib/campaigns";
import type { StepProps } from "./step-props";
import styles from "./campaign-wizard.module.css";

export type WizardList = { id: string; name: string; memberCount: number };

type AudienceStepProps = StepProps & {
  lists: readonly WizardList[];
  estimate: RequestState<CampaignEstimate>;
};

/** Step 2: the lists to send to, and who that really is once duplicates and opt-outs are left out. */
export function AudienceStep({ values, errors, change, lists, estimate }: AudienceStepProps) {
  function toggle(listId: string, checked: boolean) {
    const listIds = checked ? [...values.listIds, listId] : values.listIds.filter((id) => id !== listId);
    change({ listIds }, ["listIds"]);
  }
  const errorId = errors.listIds ? "campaign-lists-error" : undefined;

  if (lists.length === 0) {
    return (
      <p className={styles.hint}>
        No lists yet. <Link href="/contacts/import">Import contacts</Link> into a list to send to them.
      </p>
    );
  }
  return (
    <>
      <fieldset id="campaign-lists" className={styles.fieldset} aria-describedby={errorId}>
        <legend className={styles.legend}>Lists</legend>
        <ul className={styles.choices}>
          {lists.map((list) => (
            <li key={list.id}>
              <label className={styles.choice}>
                <input
                  type="checkbox"
                  name="listIds"
                  value={list.id}
                  checked={values.listIds.includes(list.id)}
                  onChange={(event) => toggle(list.id, event.target.checked)}
                />
                <span>{list.name}</span>
                <span className={styles.muted}>{count(list.memberCount, "contact", "contacts")}</span>
              </label>
            </li>
          ))}
        </ul>
        {errors.listIds ? (
          <p id={errorId} className={styles.fieldError}>
            {errors.listIds}
          </p>
        ) : null}
      </fieldset>
      <div role="status" aria-busy={estimate.status === "loading"} className={styles.figures}>
        {values.listIds.length === 0 ? (
          <p className={styles.hint}>Choose one or more lists to see how many people receive the campaign.</p>
        ) : (
          <AudienceFigures estimate={estimate} />
        )}
      </div>
    </>
  );
}

function AudienceFigures({ estimate }: { estimate: RequestState<CampaignEstimate> }) {
  if (estimate.status === "error") {
    return <Alert tone="error">The audience could not be counted: {estimate.message}</Alert>;
  }
  const figures = estimate.data;
  if (figures === null) return <p className={styles.hint}>Counting recipients…</p>;
  return (
    <>
      <p>
        <strong>{count(figures.recipients, "recipient", "recipients")}</strong>
        {estimate.status === "loading" ? <span className={styles.muted}> · counting again…</span> : null}
      </p>
      <p className={styles.hint}>
        {`Left out: ${count(figures.excludedDuplicates, "contact", "contacts")} on more than one list (sent once), `}
        {`${count(figures.excludedOptedOut, "contact", "contacts")} who opted out.`}
      </p>
    </>
  );
}
