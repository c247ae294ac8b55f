"use client";

import { useEffect, useState } from "react";
import { ChooseFileStep } from "./choose-file-step";
import { columnLabels, guessColumnChoices, type ColumnChoice } from "./column-choices";
import {
  NO_ERRORS,
  listNameFromFile,
  type ImportCountryOption,
  type ImportFormErrors,
  type ImportFormState,
  type ImportListOption,
} from "./import-form-state";
import { MappingStep } from "./mapping-step";
import type { CsvPreview } from "./read-csv-preview";
import type { StartImportAction } from "./start-import-result";
import { useStartImport } from "./use-start-import";
import { validateImportForm } from "./validate-import-form";
import styles from "./import-wizard.module.css";

type ImportWizardProps = {
  lists: ImportListOption[];
  countries: ImportCountryOption[];
  defaultCountry: string;
  maxBytes: number;
  startImport: StartImportAction;
};

type Chosen = { file: File; preview: CsvPreview };

/** The id of the control to focus for the first problem, in the order they appear on the page. */
function firstProblemId(errors: ImportFormErrors): string | null {
  if (errors.mapping) return "mapping-error";
  const columns = [
    ...Object.keys(errors.columnFields).map((column) => ({
      column: Number(column),
      id: `column-${column}-field`,
    })),
    ...Object.keys(errors.columnNames).map((column) => ({
      column: Number(column),
      id: `column-${column}-name`,
    })),
  ].sort((a, b) => a.column - b.column);
  if (columns[0]) return columns[0].id;
  if (errors.newListName) return "import-new-list-name";
  if (errors.listId) return "import-list";
  if (errors.defaultCountry) return "import-country";
  if (errors.form) return "import-form-error";
  return null;
}

/**
 * The import in the browser: choose a file, match its columns, choose the
 * list, start. Owns the choices, so they survive a refused start or a failed
 * upload, and moves focus to each step's heading as the user goes on (not
 * on the first load: the page's own heading comes first).
 */
export function ImportWizard({ lists, countries, defaultCountry, maxBytes, startImport }: ImportWizardProps) {
  const [step, setStep] = useState<"choose" | "map">("choose");
  // Kept when the user goes back for another file, to compare its columns.
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [form, setForm] = useState<ImportFormState>({
    hasHeader: true,
    choices: [],
    target: { mode: "new", listId: lists[0]?.id ?? "", newListName: "" },
    defaultCountry,
    existing: "skip",
  });
  const [errors, setErrors] = useState<ImportFormErrors>(NO_ERRORS);
  // After the first attempt, problems are re-checked as the user fixes them.
  const [attempted, setAttempted] = useState(false);
  const { phase, busy, opening, start, reset } = useStartImport(startImport);

  // Set by the handlers that change step or find problems; done once the new content is rendered.
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  const labelsFor = (preview: CsvPreview, hasHeader: boolean) =>
    columnLabels(preview.rows[0] ?? [], preview.columnCount, hasHeader);
  const labels = chosen ? labelsFor(chosen.preview, form.hasHeader) : [];

  function validate(next: ImportFormState) {
    if (!chosen) return null;
    return validateImportForm(next, {
      preview: chosen.preview,
      labels: labelsFor(chosen.preview, next.hasHeader),
      lists,
    });
  }

  function update(change: Partial<ImportFormState>) {
    const next = { ...form, ...change };
    setForm(next);
    if (attempted) {
      const result = validate(next);
      setErrors(result && !result.ok ? result.errors : NO_ERRORS);
    }
  }

  function handleChosen(file: File, preview: CsvPreview) {
    // The same first row as the previous file (a fixed copy): keep what the user chose for its columns.
    const firstRow = (rows: string[][]) => (rows[0] ?? []).join("\u0000");
    const sameColumns = chosen !== null && firstRow(preview.rows) === firstRow(chosen.preview.rows);
    const suggestedName = chosen ? listNameFromFile(chosen.file.name) : "";
    setForm((current) => ({
      ...current,
      hasHeader: sameColumns ? current.hasHeader : true,
      choices: sameColumns ? current.choices : guessColumnChoices(labelsFor(preview, true)),
      target: {
        ...current.target,
        // The suggested name follows the file, unless the user typed their own.
        newListName:
          current.target.newListName === "" || current.target.newListName === suggestedName
            ? listNameFromFile(file.name)
            : current.target.newListName,
      },
    }));
    setErrors(NO_ERRORS);
    setAttempted(false);
    reset();
    setChosen({ file, preview });
    setStep("map");
    setFocusRequest({ id: "map-columns-heading" });
  }

  async function handleSubmit() {
    if (!chosen) return;
    setAttempted(true);
    const result = validate(form);
    if (!result) return;
    if (!result.ok) {
      setErrors(result.errors);
      setFocusRequest({ id: firstProblemId(result.errors) ?? "map-columns-heading" });
      return;
    }
    setErrors(NO_ERRORS);
    const failure = await start(result.input, chosen.file);
    if (failure?.kind === "invalid") {
      setErrors(failure.errors);
      setFocusRequest({ id: firstProblemId(failure.errors) ?? "import-form-error" });
    } else if (failure?.kind === "upload") {
      // The list exists now; a retry adds to it rather than failing on "name already taken".
      setForm((current) => ({
        ...current,
        target: { ...current.target, mode: "existing", listId: failure.listId },
      }));
    }
  }

  return (
    <div className={styles.wizard}>
      {step === "map" && chosen ? (
        <MappingStep
          preview={chosen.preview}
          labels={labels}
          form={form}
          errors={errors}
          lists={lists}
          countries={countries}
          phase={phase}
          busy={busy}
          opening={opening}
          onChange={update}
          onColumnChange={(column: number, choice: ColumnChoice) =>
            update({ choices: form.choices.map((current, index) => (index === column ? choice : current)) })
          }
          onSubmit={() => void handleSubmit()}
          onChooseAnotherFile={() => {
            reset();
            setStep("choose");
            setFocusRequest({ id: "choose-file-heading" });
          }}
        />
      ) : (
        <ChooseFileStep maxBytes={maxBytes} onChosen={handleChosen} />
      )}
    </div>
  );
}
