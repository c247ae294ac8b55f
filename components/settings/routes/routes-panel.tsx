"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import dataTable from "@/components/ui/data-table.module.css";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icon";
import { formatRoutePrefix, type RouteView } from "@/lib/smpp/routing/client";
import type { RouteActions } from "./route-action-result";
import { RouteForm, type RouteFormInitial } from "./route-form";
import { RouteHealthBadge } from "./route-health-badge";
import { useLiveRouteHealth } from "./use-live-route-health";
import styles from "./routes.module.css";

/** A route as the table shows it (plain data for the browser). */
export type RouteRowData = Pick<
  RouteView,
  "id" | "prefix" | "connectorId" | "connectorName" | "connectorEnabled" | "position" | "enabled" | "health"
>;

type RoutesPanelProps = {
  routes: RouteRowData[];
  connectors: Array<{ id: string; name: string; enabled: boolean }>;
  /** Present for owners and admins only; members see the table read-only. */
  actions: RouteActions | null;
  /** When health was read (ISO), shown beside the refresh button. */
  readAt: string;
};

const NEW_ROUTE: RouteFormInitial = { id: null, prefix: "", connectorId: "", enabled: true };

function destination(prefix: string): string {
  return prefix === "" ? "All destinations" : formatRoutePrefix(prefix);
}

/** The organization's routes in the order routing weighs them, with each connector's live health. */
export function RoutesPanel({ routes, connectors, actions, readAt }: RoutesPanelProps) {
  const router = useRouter();
  const [form, setForm] = useState<RouteFormInitial | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const [moving, startMove] = useTransition();
  const [deleting, startDelete] = useTransition();
  const [confirming, setConfirming] = useState<RouteRowData | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const canManage = actions !== null;
  useLiveRouteHealth(routes.map((route) => route.connectorId));
  const lastOf = new Map<string, number>();
  for (const route of routes)
    lastOf.set(route.prefix, Math.max(lastOf.get(route.prefix) ?? 0, route.position));

  function done(saved: { prefix: string } | null) {
    if (saved) {
      setNotice({
        tone: "success",
        text: `Saved the route for ${destination(saved.prefix.replace(/[\s+]/g, ""))}.`,
      });
      router.refresh();
    }
    setForm(null);
  }

  function move(route: RouteRowData, direction: "up" | "down") {
    if (!actions || moving) return;
    startMove(async () => {
      const result = await actions.move(route.id, direction);
      if (!result.ok) setNotice({ tone: "error", text: result.message ?? "The route could not be moved." });
      router.refresh();
    });
  }

  function remove() {
    if (!actions || !confirming) return;
    const route = confirming;
    startDelete(async () => {
      const result = await actions.remove(route.id);
      if (result.ok) {
        setConfirming(null);
        setNotice({
          tone: "success",
          text: `Deleted the route for ${destination(route.prefix)} through “${route.connectorName}”.`,
        });
        router.refresh();
      } else {
        setDeleteError(result.message ?? "The route could not be deleted.");
      }
    });
  }

  const formView =
    form && actions ? (
      <RouteForm
        key={form.id ?? "new"}
        initial={form}
        connectors={connectors}
        save={actions.save}
        onDone={done}
      />
    ) : null;

  if (routes.length === 0) {
    return (
      <div className={styles.panel}>
        <EmptyState
          icon="compass"
          headingLevel={2}
          title="No routes yet"
          description="Routes choose the connector each single message (API sends, replies, confirmations) goes through by the start of its number. Until you add one, messages use the connector of the contact's latest campaign, else your first connector."
          points={[
            "A prefix such as +49 sends every German number through the connector you choose; +4915 overrides it for those numbers.",
            "Add a second route for the same prefix as a fallback: when the first connector's binds are down or it keeps answering system errors, traffic moves over, and comes back once it recovers.",
            "Once you have routes, a number no route matches is not sent: add a route for all destinations to catch the rest.",
          ]}
          action={
            canManage ? (
              connectors.length === 0 ? (
                <ButtonLink href="/settings/connectors/new" variant="primary">
                  Add a connector first
                </ButtonLink>
              ) : form ? undefined : (
                <Button variant="primary" onClick={() => setForm(NEW_ROUTE)}>
                  Add route
                </Button>
              )
            ) : undefined
          }
        />
        {formView}
      </div>
    );
  }

  return (
    <div className={styles.panel}>
      <div role="status" aria-atomic="true">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      <div className={styles.toolbar}>
        <p className={styles.muted}>
          Health updates live; last read at{" "}
          <span suppressHydrationWarning>{new Date(readAt).toLocaleTimeString("en-GB")}</span>.
        </p>
        <Button
          size="sm"
          variant="secondary"
          pending={refreshing}
          onClick={() => startRefresh(() => router.refresh())}
        >
          <Icon name="refresh" size={16} />
          {refreshing ? "Refreshing…" : "Refresh health"}
        </Button>
      </div>
      <div className={dataTable.scroller}>
        <table className={`${dataTable.table} ${styles.table}`}>
          <caption className="visually-hidden">
            Routes, most specific prefix first, each prefix in the order its connectors are tried
          </caption>
          <thead>
            <tr>
              <th scope="col">Destinations</th>
              <th scope="col" className={styles.number}>
                Order
              </th>
              <th scope="col">Connector</th>
              <th scope="col">In use</th>
              <th scope="col">Health</th>
              {canManage ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {routes.map((route, index) => {
              const named = (
                <span className="visually-hidden">
                  {" "}
                  the route for {destination(route.prefix)} through “{route.connectorName}”
                </span>
              );
              const firstOfPrefix = index === 0 || routes[index - 1]!.prefix !== route.prefix;
              return (
                <tr key={route.id} className={firstOfPrefix && index > 0 ? styles.groupStart : undefined}>
                  <td className={styles.prefix}>{firstOfPrefix ? destination(route.prefix) : null}</td>
                  <td className={styles.number}>{route.position}</td>
                  <td>{route.connectorName}</td>
                  <td>{route.enabled ? "Yes" : "Off"}</td>
                  <td>
                    <RouteHealthBadge health={route.health} connectorEnabled={route.connectorEnabled} />
                  </td>
                  {actions ? (
                    <td>
                      <div className={styles.rowActions}>
                        <Button
                          size="sm"
                          variant="ghost"
                          disabled={route.position === 1}
                          pending={moving}
                          onClick={() => move(route, "up")}
                        >
                          Move up{named}
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          disabled={route.position === lastOf.get(route.prefix)}
                          pending={moving}
                          onClick={() => move(route, "down")}
                        >
                          Move down{named}
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          onClick={() =>
                            setForm({
                              id: route.id,
                              prefix: route.prefix === "" ? "" : `+${route.prefix}`,
                              connectorId: route.connectorId,
                              enabled: route.enabled,
                            })
                          }
                        >
                          Edit{named}
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          onClick={() => {
                            setDeleteError(null);
                            setConfirming(route);
                          }}
                        >
                          Delete{named}
                        </Button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {formView ??
        (canManage ? (
          <div>
            <Button variant="secondary" onClick={() => setForm(NEW_ROUTE)}>
              Add route
            </Button>
          </div>
        ) : (
          <p className={styles.muted}>Only owners and admins of your organization can change routes.</p>
        ))}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? `Delete the route for ${destination(confirming.prefix)}?` : "Delete route?"}
        confirmLabel={deleting ? "Deleting…" : "Delete route"}
        pending={deleting}
        onConfirm={remove}
        onClose={() => setConfirming(null)}
      >
        <p>
          Messages to these numbers stop going through “{confirming?.connectorName}”. Messages already sent
          keep their connector.
        </p>
        {deleteError ? (
          <p className={styles.dialogError} role="alert">
            {deleteError}
          </p>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
