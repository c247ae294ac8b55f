"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import dataTable from "@/components/ui/data-table.module.css";
import { EmptyState } from "@/components/ui/empty-state";
import type {
  ApiKeyRowData,
  CreateApiKeyAction,
  CreatedApiKey,
  RevokeApiKeyAction,
} from "./api-key-action-result";
import { ApiKeyRow } from "./api-key-row";
import { CreateApiKeyForm } from "./create-api-key-form";
import { NewApiKeyDialog } from "./new-api-key-dialog";
import styles from "./api-keys.module.css";

type ApiKeysPanelProps = {
  keys: ApiKeyRowData[];
  /** Present for owners and admins only; members see the keys read-only. */
  actions: { create: CreateApiKeyAction; revoke: RevokeApiKeyAction } | null;
};

/** The organization's API keys: create one (shown once), see when each was last used, revoke it. */
export function ApiKeysPanel({ keys, actions }: ApiKeysPanelProps) {
  const router = useRouter();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function onCreated(key: CreatedApiKey) {
    setNotice({ tone: "success", text: `Created “${key.name}”.` });
    setCreated(key);
    router.refresh();
  }

  return (
    <div className={styles.panel}>
      {actions ? (
        <CreateApiKeyForm create={actions.create} onCreated={onCreated} />
      ) : (
        <Alert tone="info">Only owners and admins of your organization can create and revoke API keys.</Alert>
      )}
      <div role="status" aria-atomic="true">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      {keys.length === 0 ? (
        <EmptyState
          icon="key"
          headingLevel={2}
          title="No API keys yet"
          description="A key lets another system, such as your shop or CRM, create contacts and run campaigns through the REST API on behalf of your organization."
          points={[
            "You see each key once, when it is created.",
            "Relay stores only a fingerprint of it.",
            "Revoking a key stops it at once.",
          ]}
        />
      ) : (
        <div className={dataTable.scroller}>
          <table className={dataTable.table}>
            <caption className="visually-hidden">API keys, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                {actions ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <ApiKeyRow key={key.id} apiKey={key} revoke={actions?.revoke ?? null} onNotice={setNotice} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewApiKeyDialog created={created} onClose={() => setCreated(null)} />
    </div>
  );
}
