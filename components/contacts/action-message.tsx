import type { ActionState } from "./action-state";
import styles from "./action-message.module.css";

/**
 * The result of the last action, in a live region that is always present so
 * screen readers announce each new message.
 */
export function ActionMessage({ state, className }: { state: ActionState; className?: string }) {
  return (
    <div aria-live="polite" aria-atomic="true" className={className}>
      {state.message ? (
        <p className={state.status === "error" ? styles.error : styles.success}>{state.message}</p>
      ) : null}
    </div>
  );
}
