"use client";

import { Alert } from "@/components/ui/alert";
import type { ContactListSummary } from "@/lib/contacts";
import type { ListSegmentsMeasure } from "@/lib/templates";
import { count, segmentRange } from "./counter-summary";
import type { RequestState } from "./use-debounced-request";
import styles from "./audience-measure.module.css";

type AudienceMeasureProps = {
  lists: readonly ContactListSummary[];
  selected: readonly string[];
  onSelectedChange: (listIds: string[]) => void;
  state: RequestState<ListSegmentsMeasure>;
  /** Why there is nothing to measure yet (the message has errors), or null. */
  blocked: string | null;
};

/**
 * "Measure for lists": renders the message for every recipient of the
 * chosen lists on the server, since merge tags make each one a different
 * length. Large lists take a few seconds; the last answer stays until the
 * next one arrives.
 */
export function AudienceMeasure({ lists, selected, onSelectedChange, state, blocked }: AudienceMeasureProps) {
  function toggle(listId: string, checked: boolean) {
    onSelectedChange(checked ? [...selected, listId] : selected.filter((id) => id !== listId));
  }

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Measure for lists</legend>
      <p className={styles.hint}>
        Choose the lists you will send to, to see what every recipient&apos;s message costs.
      </p>
      {lists.length === 0 ? (
        <p className={styles.hint}>No lists yet: import contacts to measure a template against them.</p>
      ) : (
        <ul className={styles.lists}>
          {lists.map((list) => (
            <li key={list.id}>
              <label className={styles.choice}>
                <input
                  type="checkbox"
                  checked={selected.includes(list.id)}
                  onChange={(event) => toggle(list.id, event.target.checked)}
                />
                <span>{list.name}</span>
                <span className={styles.members}>{count(list.memberCount, "contact", "contacts")}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <div role="status" aria-busy={state.status === "loading"} className={styles.result}>
        {selected.length === 0 ? null : blocked !== null ? (
          <p className={styles.hint}>{blocked}</p>
        ) : (
          <MeasureResult state={state} />
        )}
      </div>
    </fieldset>
  );
}

function MeasureResult({ state }: { state: RequestState<ListSegmentsMeasure> }) {
  if (state.status === "error")
    return <Alert tone="error">The lists could not be measured: {state.message}</Alert>;
  const measure = state.data;
  if (measure === null) return <p className={styles.hint}>Rendering the message for every recipient…</p>;
  if (measure.recipients === 0 && state.status !== "loading") {
    return <p>These lists have no contacts who can be messaged.</p>;
  }
  return (
    <div className={styles.summary}>
      <p>
        {`Over ${count(measure.recipients, "recipient", "recipients")}: ${segmentRange(measure.minSegments, measure.maxSegments)} `}
        {`(GSM-7 for ${count(measure.gsm7Recipients, "recipient", "recipients")}, UCS-2 for ${count(measure.ucs2Recipients, "recipient", "recipients")}), `}
        {`${count(measure.emptyRecipients, "message renders", "messages render")} empty.`}
      </p>
      <p className={styles.total}>
        {`${count(measure.totalSegments, "segment", "segments")} in all: what sending to these lists costs.`}
      </p>
      {state.status === "loading" ? <p className={styles.hint}>Measuring again…</p> : null}
      {measure.missingTags.length > 0 ? (
        <ul className={styles.missing}>
          {measure.missingTags.map(({ tag, recipients }) => (
            <li key={tag}>
              {`${count(recipients, "recipient has", "recipients have")} no value for `}
              <code>{`{{${tag}}}`}</code>
              {"."}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
