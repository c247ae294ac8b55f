import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContactFacts, CustomFields, DateTime } from "@/components/contacts/contact-facts";
import { ContactListsEditor } from "@/components/contacts/contact-lists-editor";
import { ContactOptOutForm } from "@/components/contacts/contact-opt-out-form";
import { DeleteContactButton } from "@/components/contacts/delete-contact-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { getContact, listContactLists, ZContactId, type ContactDetail } from "@/lib/contacts";
import { NotFoundError } from "@/lib/errors";
import {
  addContactsToListAction,
  deleteContactAction,
  removeContactsFromListAction,
  setContactOptOutAction,
} from "../actions";
import styles from "./contact.module.css";

export const metadata: Metadata = { title: "Contact" };

/** The organization's contact, or the not-found page for any other id (another organization's too). */
async function loadContact(orgId: string, contactId: string): Promise<ContactDetail> {
  if (!ZContactId.safeParse(contactId).success) notFound();
  try {
    return await getContact({ orgId, contactId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function ContactPage({ params }: { params: Promise<{ contactId: string }> }) {
  const session = await requireSession();
  const { contactId } = await params;
  const [contact, lists] = await Promise.all([
    loadContact(session.orgId, contactId),
    listContactLists({ orgId: session.orgId }),
  ]);
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(" ");
  const optedOutLabel = contact.optedOutAt ? <DateTime value={contact.optedOutAt} /> : null;

  return (
    <>
      <Link href="/contacts" className={styles.back}>
        ← Contacts
      </Link>
      <PageHeader
        title={
          <span className={styles.title}>
            {name || contact.phone}
            {contact.optedOut ? <Badge tone="danger">Opted out</Badge> : null}
          </span>
        }
        description={name ? contact.phone : "No name given"}
        actions={
          <DeleteContactButton
            contactId={contact.id}
            label={name || contact.phone}
            action={deleteContactAction}
          />
        }
      />
      {contact.optedOut ? (
        <Alert tone="error" title="Opted out" className={styles.alert}>
          This contact opted out{optedOutLabel ? <> on {optedOutLabel}</> : null} and is never sent campaign
          messages.
        </Alert>
      ) : null}
      <div className={styles.grid}>
        <div className={styles.column}>
          <Card title="Details" as="section">
            <ContactFacts contact={contact} />
          </Card>
          <Card title="Custom fields" as="section">
            <CustomFields fields={contact.customFields} />
          </Card>
          <Card title="Messages" description="Messages sent to and received from this contact." as="section">
            <p className={styles.muted}>No messages yet.</p>
          </Card>
        </div>
        <div className={styles.column}>
          <Card title="Opt-out" as="section">
            <ContactOptOutForm
              contactId={contact.id}
              optedOut={contact.optedOut}
              optedOutLabel={contact.optedOutAt ? formatInstant(contact.optedOutAt) : null}
              action={setContactOptOutAction}
            />
          </Card>
          <Card title="Lists" as="section">
            <ContactListsEditor
              contactId={contact.id}
              memberOf={contact.lists}
              allLists={lists}
              actions={{ add: addContactsToListAction, remove: removeContactsFromListAction }}
            />
          </Card>
        </div>
      </div>
    </>
  );
}

const instantFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

function formatInstant(value: Date): string {
  return `${instantFormat.format(value)} UTC`;
}
