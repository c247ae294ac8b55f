import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeysPanel } from "@/components/settings/api-keys/api-keys-panel";
import { PageHeader } from "@/components/ui/page-header";
import { canManageApiKeys, listApiKeys } from "@/lib/auth";
import { requireSession } from "@/lib/auth/server";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const label = (date: Date | null) => (date ? `${dateTime.format(date)} UTC` : null);

export default async function ApiKeysPage() {
  const session = await requireSession();
  const keys = await listApiKeys({ orgId: session.orgId });
  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Keys let your other systems use the REST API as {session.orgName}. Send one as{" "}
            <code>Authorization: Bearer sk_…</code>; the <Link href="/developers">API documentation</Link> has
            the rest.
          </>
        }
      />
      <ApiKeysPanel
        keys={keys.map((key) => ({
          id: key.id,
          name: key.name,
          prefix: key.prefix,
          createdLabel: label(key.createdAt)!,
          createdIso: key.createdAt.toISOString(),
          createdBy: key.createdBy,
          lastUsedLabel: label(key.lastUsedAt),
          lastUsedIso: key.lastUsedAt?.toISOString() ?? null,
          revokedLabel: label(key.revokedAt),
          revokedIso: key.revokedAt?.toISOString() ?? null,
        }))}
        actions={
          canManageApiKeys(session.role) ? { create: createApiKeyAction, revoke: revokeApiKeyAction } : null
        }
      />
    </>
  );
}
