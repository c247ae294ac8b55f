"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";
import styles from "./confirm-dialog.module.css";

type ConfirmDialogActions =
  | {
      /** Caller-built actions, usually a form with its own Cancel and submit buttons. */
      actions: ReactNode;
      confirmLabel?: never;
      onConfirm?: never;
    }
  | {
      /** Label of the built-in danger button; a Cancel button is shown before it. */
      confirmLabel: string;
      onConfirm: () => void;
      actions?: never;
    };

type ConfirmDialogProps = ConfirmDialogActions & {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Called for Escape, the backdrop and the built-in Cancel button. */
  onClose: () => void;
  /** Work is running: the dialog cannot be dismissed and the built-in buttons wait. */
  pending?: boolean;
};

/**
 * A modal confirmation on the native <dialog>: the browser moves focus into it
 * and keeps it there, Escape and the backdrop close it (unless pending), and
 * focus returns to the button that opened it. With the built-in buttons,
 * Cancel is focused first, so Enter never confirms by accident.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  onClose,
  pending = false,
  actions,
  confirmLabel,
  onConfirm,
}: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const dismiss = () => {
    if (!pending) onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // The parent owns `open`: Escape asks it to close instead of closing behind its back.
        event.preventDefault();
        dismiss();
      }}
      onClick={(event) => {
        if (event.target === dialogRef.current) dismiss();
      }}
    >
      <div className={styles.body}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        <div className={styles.message}>{children}</div>
        {onConfirm ? (
          <div className={`${styles.actions} ${styles.buttons}`}>
            <Button autoFocus onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button variant="danger" pending={pending} onClick={() => !pending && onConfirm()}>
              {confirmLabel}
            </Button>
          </div>
        ) : (
          <div className={styles.actions}>{actions}</div>
        )}
      </div>
    </dialog>
  );
}
