import { Icon } from "@/components/ui/icon";
import type { LiveConnection } from "./use-campaign-events";
import styles from "./live-note.module.css";

/** Says so when live updates are not arriving, and what happens instead. */
export function LiveNote({ connection }: { connection: LiveConnection }) {
  if (connection === "live" || connection === "connecting") return null;
  return (
    <p className={styles.note} role="status">
      <Icon name="refresh" size={14} />
      {connection === "reconnecting"
        ? "Live updates were interrupted; reconnecting…"
        : "Live updates are unavailable; checking every 5 seconds instead."}
    </p>
  );
}
