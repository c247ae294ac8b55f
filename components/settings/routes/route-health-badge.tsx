import { Badge } from "@/components/ui/badge";
import type { ConnectorHealth } from "@/lib/smpp/routing/client";
import styles from "./routes.module.css";

/** hh:mm:ss in the viewer's time zone (the server's on the first render, hence suppressHydrationWarning). */
function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

/** Whether routing sends through a route's connector now, and why not. */
export function RouteHealthBadge({
  health,
  connectorEnabled,
}: {
  health: ConnectorHealth;
  connectorEnabled: boolean;
}) {
  if (!connectorEnabled) {
    return (
      <div className={styles.health}>
        <Badge>Connector off</Badge>
        <p className={styles.detail}>Skipped until the connector is turned on.</p>
      </div>
    );
  }
  switch (health.status) {
    case "healthy":
      return (
        <div className={styles.health}>
          <Badge tone="success">Healthy</Badge>
        </div>
      );
    case "binds_down":
      return (
        <div className={styles.health}>
          <Badge tone="danger">Binds down</Badge>
          {health.error ? (
            <p className={styles.error} title={health.error}>
              {health.error}
            </p>
          ) : null}
        </div>
      );
    case "circuit_open":
      return (
        <div className={styles.health}>
          <Badge tone="warning">
            Circuit open until <span suppressHydrationWarning>{clock(health.until)}</span>
          </Badge>
          {health.error ? (
            <p className={styles.error} title={health.error}>
              {health.error}
            </p>
          ) : null}
        </div>
      );
    case "half_open":
      return (
        <div className={styles.health}>
          <Badge tone="accent">Recovering</Badge>
          <p className={styles.detail}>The next message tests it; a success brings the traffic back.</p>
        </div>
      );
    case "probing":
      return (
        <div className={styles.health}>
          <Badge tone="accent">Testing</Badge>
          <p className={styles.detail}>One message is testing it; the others use the next route.</p>
        </div>
      );
  }
}
