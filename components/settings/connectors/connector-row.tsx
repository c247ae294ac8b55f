"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ConnectorState } from "@/lib/smpp";
import type { ConnectionTestResult, ConnectorRowAction } from "./connector-action-result";
import { ConnectorStateBadge } from "./connector-state-badge";
import styles from "./connectors.module.css";

/** One connector as the table shows it (plain data, no password). */
export type ConnectorRowData = {
  id: string;
  name: string;
  host: string;
  port: number;
  tls: boolean;
  systemId: string;
  bindMode: "transceiver" | "transmitter_receiver";
  throughputPerSecond: number;
  windowSize: number;
  binds: number;
  enabled: boolean;
};

export type ConnectorRowActions = {
  test: ConnectorRowAction<ConnectionTestResult>;
  delete: ConnectorRowAction<null>;
};

type ConnectorRowProps = {
  connector: ConnectorRowData;
  state: ConnectorState;
  /** Owners and admins: test, edit and delete. Members see the row only. */
  actions: ConnectorRowActions | null;
  columns: number;
  onNotice: (notice: { tone: "success" | "error"; text: string }) => void;
};

const numberFormat = new Intl.NumberFormat("en");

function describeTest(result: ConnectionTestResult): string {
  if (!result.ok) return `Could not bind: ${result.error}`;
  const smsc = result.smscSystemId ? ` The SMSC calls itself “${result.smscSystemId}”.` : "";
  return `Connected and bound in ${numberFormat.format(result.ms)} ms, then unbound.${smsc}`;
}

/** A connector's row, its test/edit/delete controls, and the last test's result under it. */
export function ConnectorRow({ connector, state, actions, columns, onNotice }: ConnectorRowProps) {
  const router = useRouter();
  const [testing, startTest] = useTransition();
  const [deleting, startDelete] = useTransition();
  const [tested, setTested] = useState<ConnectionTestResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const named = <span className="visually-hidden"> “{connector.name}”</span>;
  const resultId = `connector-test-${connector.id}`;

  function test() {
    if (testing || !actions) return;
    setTested(null);
    startTest(async () => {
      const result = await actions.test(connector.id);
      setTested(result.ok ? result.value : { ok: false, error: result.message ?? "The test did not run." });
    });
  }

  function remove() {
    if (!actions) return;
    startDelete(async () => {
      const result = await actions.delete(connector.id);
      if (result.ok) {
        setConfirming(false);
        onNotice({ tone: "success", text: `Deleted “${connector.name}”.` });
        router.refresh();
      } else {
        // The dialog stays open with the reason (a campaign still sends through it, say).
        setDeleteError(result.message ?? "The connector could not be deleted.");
      }
    });
  }

  return (
    <>
      <tr>
        <td>
          <div className={styles.nameCell}>
            <span className={styles.name}>{connector.name}</span>
            {connector.enabled ? null : <Badge>Turned off</Badge>}
          </div>
          <p className={styles.muted}>System ID {connector.systemId}</p>
        </td>
        <td className={styles.address}>
          {connector.host}:{connector.port}
        </td>
        <td>{connector.tls ? "Yes" : "No"}</td>
        <td>{connector.bindMode === "transceiver" ? "Transceiver" : "Transmitter + receiver"}</td>
        <td className={styles.number}>{numberFormat.format(connector.throughputPerSecond)}</td>
        <td className={styles.number}>
          {connector.windowSize} × {connector.binds}
        </td>
        <td>
          <ConnectorStateBadge state={state} enabled={connector.enabled} />
        </td>
        {actions ? (
          <td>
            <div className={styles.rowActions}>
              <Button
                size="sm"
                variant="secondary"
                pending={testing}
                onClick={test}
                aria-describedby={tested ? resultId : undefined}
              >
                {testing ? "Testing…" : "Test connection"}
                {named}
              </Button>
              <ButtonLink href={`/settings/connectors/${connector.id}`} size="sm" variant="ghost">
                Edit{named}
              </ButtonLink>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  setDeleteError(null);
                  setConfirming(true);
                }}
              >
                Delete{named}
              </Button>
            </div>
            {/* Always present, so screen readers announce the test's outcome when it arrives. */}
            <p role="status" className="visually-hidden">
              {testing ? `Testing “${connector.name}”…` : tested ? describeTest(tested) : ""}
            </p>
            <ConfirmDialog
              open={confirming}
              title={`Delete “${connector.name}”?`}
              confirmLabel={deleting ? "Deleting…" : "Delete connector"}
              pending={deleting}
              onConfirm={remove}
              onClose={() => setConfirming(false)}
            >
              <p>
                Its settings and saved password are removed for everyone in your organization. Finished
                campaigns keep their results.
              </p>
              {deleteError ? (
                <p className={styles.dialogError} role="alert">
                  {deleteError}
                </p>
              ) : null}
            </ConfirmDialog>
          </td>
        ) : null}
      </tr>
      {tested ? (
        <tr className={styles.resultRow}>
          <td colSpan={columns}>
            <Alert id={resultId} tone={tested.ok ? "success" : "error"} title={`Test of “${connector.name}”`}>
              {describeTest(tested)}
            </Alert>
          </td>
        </tr>
      ) : null}
    </>
  );
}
