import type { Metadata } from "next";
import Link from "next/link";
import { CreateListForm } from "@/components/contacts/create-list-form";
import { ListsTable } from "@/components/contacts/lists-table";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icon";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/server";
import { listContactLists } from "@/lib/contacts";
import { createListAction, deleteListAction, renameListAction } from "./actions";
import styles from "./lists.module.css";

export const metadata: Metadata = { title: "Lists" };

export default async function ListsPage() {
  const session = await requireSession();
  const lists = await listContactLists({ orgId: session.orgId });

  return (
    <>
      <Link href="/contacts" className={styles.back}>
        ← Contacts
      </Link>
      <PageHeader
        title="Lists"
        description="Group contacts to send campaigns to them. A contact can be in any number of lists."
        actions={
          <ButtonLink href="/contacts/import" variant="primary">
            <Icon name="upload" size={16} />
            Import CSV
          </ButtonLink>
        }
      />
      <div className={styles.layout}>
        <Card title="New list" as="section" className={styles.create}>
          <CreateListForm action={createListAction} />
        </Card>
        <section aria-labelledby="lists-heading" className={styles.lists}>
          <h2 id="lists-heading" className="visually-hidden">
            Your lists
          </h2>
          {lists.length === 0 ? (
            <EmptyState
              icon="contacts"
              title="No lists yet"
              description="Create a list here, or import a CSV into a new list. Lists are the audiences of your campaigns."
            />
          ) : (
            <ListsTable lists={lists} actions={{ rename: renameListAction, delete: deleteListAction }} />
          )}
        </section>
      </div>
    </>
  );
}
