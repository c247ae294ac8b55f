"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { SavedTemplate, TemplateRowAction } from "./template-action-result";
import styles from "./templates-table.module.css";

export type TemplateRowActionsProps = {
  template: { id: string; name: string };
  duplicateAction: TemplateRowAction<SavedTemplate>;
  deleteAction: TemplateRowAction<null>;
  /** Tells the table what happened, for its status line. */
  onNotice: (notice: { tone: "success" | "error"; text: string }) => void;
};

/** Edit, duplicate, and delete (after confirmation) for one template row. */
export function TemplateRowActions({
  template,
  duplicateAction,
  deleteAction,
  onNotice,
}: TemplateRowActionsProps) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [duplicating, startDuplicate] = useTransition();
  const [deleting, startDelete] = useTransition();
  const named = <span className="visually-hidden"> “{template.name}”</span>;

  function duplicate() {
    if (duplicating) return;
    startDuplicate(async () => {
      const result = await duplicateAction(template.id);
      if (result.ok) {
        onNotice({ tone: "success", text: `Copied “${template.name}” as “${result.value.name}”.` });
        router.refresh();
      } else {
        onNotice({ tone: "error", text: result.message ?? "The template could not be copied." });
      }
    });
  }

  function remove() {
    startDelete(async () => {
      const result = await deleteAction(template.id);
      setConfirming(false);
      if (result.ok) {
        onNotice({ tone: "success", text: `Deleted “${template.name}”.` });
        router.refresh();
      } else {
        onNotice({ tone: "error", text: result.message ?? "The template could not be deleted." });
      }
    });
  }

  return (
    <div className={styles.rowActions}>
      <ButtonLink href={`/templates/${template.id}`} size="sm" variant="ghost">
        Edit{named}
      </ButtonLink>
      <Button size="sm" variant="ghost" pending={duplicating} onClick={duplicate}>
        Duplicate{named}
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
        Delete{named}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Delete “${template.name}”?`}
        confirmLabel={deleting ? "Deleting…" : "Delete template"}
        pending={deleting}
        onConfirm={remove}
        onClose={() => setConfirming(false)}
      >
        The template is removed for everyone in your organization. Campaigns that used it keep the text they
        were sent with.
      </ConfirmDialog>
    </div>
  );
}
