"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import dataTable from "@/components/ui/data-table.module.css";
import { EmptyState } from "@/components/ui/empty-state";
import type { ConnectorState } from "@/lib/smpp";
import { ConnectorRow, type ConnectorRowActions, type ConnectorRowData } from "./connector-row";
import { useConnectorStates } from "./use-connector-states";
import styles from "./connectors.module.css";

type ConnectorsPanelProps = {
  connectors: ConnectorRowData[];
  states: Record<string, ConnectorState>;
  /** Present for owners and admins only; members see the table read-only. */
  actions: ConnectorRowActions | null;
  /** Shown once after the form saved a connector and came back here. */
  saved?: string | null;
};

/** The organization's SMPP connectors with each one's live bind state, and the ways to change them. */
export function ConnectorsPanel({ connectors, states, actions, saved = null }: ConnectorsPanelProps) {
  const liveStates = useConnectorStates(states);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(
    saved ? { tone: "success", text: saved } : null,
  );
  const canManage = actions !== null;
  const columns = canManage ? 8 : 7;

  // "?saved=…" only carries the message across the redirect; a reload should not show it again.
  useEffect(() => {
    if (saved) window.history.replaceState(null, "", `${window.location.pathname}${window.location.hash}`);
  }, [saved]);

  const addButton = canManage ? (
    <ButtonLink href="/settings/connectors/new" variant={connectors.length === 0 ? "primary" : "secondary"}>
      Add connector
    </ButtonLink>
  ) : null;

  if (connectors.length === 0) {
    return (
      <EmptyState
        icon="server"
        headingLevel={3}
        title="No SMPP connectors yet"
        description={
          canManage
            ? "Add the connection details your carrier gave you: the SMSC's host and port, a system ID and password, and how many messages per second it accepts. Campaigns send through a connector."
            : "An owner or admin of your organization adds the connection to your carrier here. Campaigns send through it."
        }
        action={addButton ?? undefined}
      />
    );
  }

  return (
    <div className={styles.panel}>
      <div role="status" aria-atomic="true">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      <div className={dataTable.scroller}>
        <table className={`${dataTable.table} ${styles.table}`}>
          <caption className="visually-hidden">SMPP connectors, by name</caption>
          <thead>
            <tr>
              <th scope="col">Connector</th>
              <th scope="col">Host</th>
              <th scope="col">TLS</th>
              <th scope="col">Bind mode</th>
              <th scope="col" className={styles.number}>
                <abbr title="Messages per second">TPS</abbr>
              </th>
              <th scope="col" className={styles.number}>
                Window × binds
              </th>
              <th scope="col">State</th>
              {canManage ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {connectors.map((connector) => (
              <ConnectorRow
                key={connector.id}
                connector={connector}
                state={liveStates[connector.id] ?? IDLE}
                actions={actions}
                columns={columns}
                onNotice={setNotice}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.footer}>
        {canManage ? (
          addButton
        ) : (
          <p className={styles.muted}>Only owners and admins of your organization can change connectors.</p>
        )}
      </div>
    </div>
  );
}

const IDLE: ConnectorState = { state: "idle", error: null, binds: [], at: new Date(0).toISOString() };
