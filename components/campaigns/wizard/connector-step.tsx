"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { count } from "@/components/templates/counter-summary";
import type { StepProps } from "./step-props";
import styles from "./campaign-wizard.module.css";

export type WizardConnector = {
  id: string;
  name: string;
  throughputPerSecond: number;
  binds: number;
  windowSize: number;
  enabled: boolean;
};

type ConnectorStepProps = StepProps & { connectors: readonly WizardConnector[] };

/** Step 4: the SMPP connection to the carrier, with the rate it may send at. */
export function ConnectorStep({ values, errors, change, connectors }: ConnectorStepProps) {
  if (connectors.length === 0) {
    return (
      <Alert tone="warning" title="No SMPP connector yet">
        An owner or admin adds the connection to your carrier in <Link href="/settings">Settings</Link>; then
        come back to send.
      </Alert>
    );
  }
  const chosen = connectors.find((connector) => connector.id === values.connectorId);
  const errorId = errors.connectorId ? "campaign-connector-error" : undefined;
  return (
    <fieldset id="campaign-connector" className={styles.fieldset} aria-describedby={errorId}>
      <legend className="visually-hidden">Connector</legend>
      <ul className={styles.choices}>
        {connectors.map((connector) => (
          <li key={connector.id}>
            <label className={styles.choice}>
              <input
                type="radio"
                name="connectorId"
                value={connector.id}
                checked={values.connectorId === connector.id}
                onChange={() => change({ connectorId: connector.id }, ["connectorId"])}
              />
              <span>{connector.name}</span>
              <span className={styles.muted}>
                {`${count(connector.throughputPerSecond, "message", "messages")} a second · `}
                {`${count(connector.binds, "bind", "binds")} · window ${connector.windowSize}`}
              </span>
              {connector.enabled ? null : <Badge tone="warning">Disabled</Badge>}
            </label>
          </li>
        ))}
      </ul>
      {errors.connectorId ? (
        <p id={errorId} className={styles.fieldError}>
          {errors.connectorId}
        </p>
      ) : null}
      {chosen && !chosen.enabled ? (
        <p className={styles.warningText}>
          This connector is disabled: nothing goes out through it until someone enables it in Settings.
        </p>
      ) : null}
      <p className={styles.hint}>
        The rate counts SMS parts: a message of 3 segments takes 3 of the connector&apos;s messages a second.
      </p>
    </fieldset>
  );
}
