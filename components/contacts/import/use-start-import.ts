"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { CreateImportInput } from "@/lib/contacts";
import type { ImportFormErrors } from "./import-form-state";
import { errorsFromServer, type StartImportAction } from "./start-import-result";
import { uploadImportFile } from "./upload-import-file";

export type StartPhase =
  | { kind: "idle" }
  | { kind: "creating" }
  | { kind: "uploading"; sentBytes: number; totalBytes: number }
  | { kind: "failed"; message: string };

/** What the form must do after a failed start. */
export type StartFailure =
  /** The server refused a choice: show these next to their controls. */
  | { kind: "invalid"; errors: ImportFormErrors }
  /** The import was created but its file did not arrive; `listId` is its list, which exists now. */
  | { kind: "upload"; listId: string }
  | { kind: "unreachable" };

/**
 * Creates the import (server action), then streams the file to it, then opens
 * its progress page. Keeps the phase for the progress bar and error message.
 */
export function useStartImport(startImport: StartImportAction) {
  const router = useRouter();
  const [phase, setPhase] = useState<StartPhase>({ kind: "idle" });
  // True while the progress page loads after a successful upload.
  const [opening, startOpening] = useTransition();
  const busy = phase.kind === "creating" || phase.kind === "uploading" || opening;

  // Leaving mid-upload would abandon the import; the browser asks first.
  useEffect(() => {
    if (phase.kind !== "uploading") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [phase.kind]);

  async function start(input: CreateImportInput, file: File): Promise<StartFailure | null> {
    setPhase({ kind: "creating" });
    let created;
    try {
      created = await startImport(input);
    } catch {
      setPhase({ kind: "failed", message: "We couldn't reach Relay. Check your connection and try again." });
      return { kind: "unreachable" };
    }
    if (!created.ok) {
      setPhase({ kind: "idle" });
      return { kind: "invalid", errors: errorsFromServer(created.field, created.message) };
    }
    setPhase({ kind: "uploading", sentBytes: 0, totalBytes: file.size });
    const uploaded = await uploadImportFile({
      importId: created.importId,
      file,
      onProgress: (sentBytes, totalBytes) => setPhase({ kind: "uploading", sentBytes, totalBytes }),
    });
    if (!uploaded.ok) {
      setPhase({ kind: "failed", message: uploaded.message });
      // The failed import and a newly created list now exist: show them in the page's lists.
      router.refresh();
      return { kind: "upload", listId: created.listId };
    }
    setPhase({ kind: "idle" });
    startOpening(() => router.push(`/contacts/imports/${created.importId}`));
    return null;
  }

  return { phase, busy, opening, start, reset: () => setPhase({ kind: "idle" }) };
}
