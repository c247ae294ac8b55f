import type { Metadata } from "next";
import { ImportWizard } from "@/components/contacts/import/import-wizard";
import { RecentImports } from "@/components/contacts/import/recent-imports";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { config } from "@/lib/config";
import { COUNTRY_OPTIONS, listContactLists, listImports } from "@/lib/contacts";
import { db } from "@/lib/db";
import { startImport } from "./actions";
import styles from "./import.module.css";

export const metadata: Metadata = { title: "Import contacts" };

export default async function ImportContactsPage() {
  const session = await requireSession();
  const [lists, organization, imports] = await Promise.all([
    listContactLists({ orgId: session.orgId }),
    db.organization.findUnique({
      where: { id: session.orgId },
      select: { defaultCountry: true, defaultTimeZone: true },
    }),
    listImports({ orgId: session.orgId, limit: 10 }),
  ]);
  return (
    <>
      <PageHeader
        title="Import contacts"
        description="Upload a CSV file of phone numbers, names and any other details. The import runs on our side, so you can leave this page once it has started."
        actions={<ButtonLink href="/contacts">Back to contacts</ButtonLink>}
      />
      <div className={styles.sections}>
        <ImportWizard
          lists={lists.map(({ id, name, memberCount }) => ({ id, name, memberCount }))}
          countries={COUNTRY_OPTIONS.map(({ code, name, callingCode }) => ({ code, name, callingCode }))}
          defaultCountry={organization?.defaultCountry ?? "DE"}
          maxBytes={config.IMPORT_MAX_BYTES}
          startImport={startImport}
        />
        <RecentImports imports={imports} timeZone={organization?.defaultTimeZone ?? "UTC"} />
      </div>
    </>
  );
}
