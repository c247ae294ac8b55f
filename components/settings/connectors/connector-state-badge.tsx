import { Badge } from "@/components/ui/badge";
import type { ConnectorState } from "@/lib/smpp";
import styles from "./connectors.module.css";

const LOOK: Record<
  ConnectorState["state"],
  { tone: "neutral" | "accent" | "success" | "warning" | "danger"; label: string }
> = {
  idle: { tone: "neutral", label: "Not bound" },
  connecting: { tone: "accent", label: "Connecting" },
  bound: { tone: "success", label: "Bound" },
  reconnecting: { tone: "warning", label: "Reconnecting" },
  failed: { tone: "danger", label: "Failed" },
};

/** What the workers' binds to one connector are doing now, with the latest error in words. */
export function ConnectorStateBadge({ state, enabled }: { state: ConnectorState; enabled: boolean }) {
  const look =
    !enabled && state.state === "idle" ? { tone: "neutral" as const, label: "Off" } : LOOK[state.state];
  const bound = state.binds.filter((bind) => bind.status === "bound").length;
  const detail =
    state.error ?? (state.binds.length > 1 ? `${bound} of ${state.binds.length} binds bound` : null);
  return (
    <div className={styles.state}>
      <Badge tone={look.tone}>{look.label}</Badge>
      {detail ? (
        <p className={state.error ? styles.stateError : styles.stateDetail} title={detail}>
          {detail}
        </p>
      ) : null}
    </div>
  );
}
