"use client";

import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { COLUMN_FIELD_LABELS, type ColumnChoice, type ColumnField } from "./column-choices";
import styles from "./column-mapping-table.module.css";

const FIELD_ORDER: ColumnField[] = ["phone", "firstName", "lastName", "email", "timeZone", "custom", "skip"];

type ColumnMappingTableProps = {
  caption: string;
  labels: string[];
  rows: string[][];
  choices: ColumnChoice[];
  fieldErrors: Record<number, string>;
  nameErrors: Record<number, string>;
  onChange: (column: number, choice: ColumnChoice) => void;
};

/**
 * The first rows of the file, with a choice per column of what it becomes.
 * Wide files scroll sideways inside the table's own region, so the page
 * itself keeps its width on a phone.
 */
export function ColumnMappingTable({
  caption,
  labels,
  rows,
  choices,
  fieldErrors,
  nameErrors,
  onChange,
}: ColumnMappingTableProps) {
  return (
    // Focusable so keyboard users can scroll a wide table with the arrow keys.
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {labels.map((label, column) => (
              <th key={column} scope="col" className={styles.columnName}>
                <span className={styles.columnIndex}>{columnLetter(column)}</span>
                <span className={styles.columnLabel}>{label}</span>
              </th>
            ))}
          </tr>
          <tr>
            {labels.map((label, column) => {
              const choice = choices[column] ?? { field: "skip", customName: "" };
              return (
                <td
                  key={column}
                  className={styles.mappingCell}
                  data-skipped={choice.field === "skip" || undefined}
                >
                  <ColumnMapping
                    column={column}
                    label={label}
                    choice={choice}
                    fieldError={fieldErrors[column]}
                    nameError={nameErrors[column]}
                    onChange={(next) => onChange(column, next)}
                  />
                </td>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {labels.map((_, column) => (
                <td
                  key={column}
                  className={styles.cell}
                  data-skipped={choices[column]?.field === "skip" || undefined}
                >
                  {row[column] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Column letters as in a spreadsheet (A, B, …, Z, AA), to find a column in Excel. */
function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

type ColumnMappingProps = {
  column: number;
  label: string;
  choice: ColumnChoice;
  fieldError?: string;
  nameError?: string;
  onChange: (choice: ColumnChoice) => void;
};

function ColumnMapping({ column, label, choice, fieldError, nameError, onChange }: ColumnMappingProps) {
  const fieldId = `column-${column}-field`;
  const nameId = `column-${column}-name`;
  return (
    <div className={styles.mapping}>
      <label htmlFor={fieldId} className="visually-hidden">
        Import “{label}” as
      </label>
      <Select
        id={fieldId}
        value={choice.field}
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={fieldError ? `${fieldId}-error` : undefined}
        onChange={(event) => onChange({ ...choice, field: event.target.value as ColumnField })}
      >
        {FIELD_ORDER.map((field) => (
          <option key={field} value={field}>
            {COLUMN_FIELD_LABELS[field]}
          </option>
        ))}
      </Select>
      {fieldError ? (
        <p id={`${fieldId}-error`} className={styles.error}>
          {fieldError}
        </p>
      ) : null}
      {choice.field === "custom" ? (
        <>
          <label htmlFor={nameId} className="visually-hidden">
            Custom field name for “{label}”
          </label>
          <Input
            id={nameId}
            value={choice.customName}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="none"
            maxLength={60}
            className={styles.nameInput}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${nameId}-error` : `${nameId}-hint`}
            onChange={(event) => onChange({ ...choice, customName: event.target.value })}
          />
          {nameError ? (
            <p id={`${nameId}-error`} className={styles.error}>
              {nameError}
            </p>
          ) : (
            <p id={`${nameId}-hint`} className={styles.hint}>
              Merge tag <code>{`{{fields.${choice.customName || "name"}}}`}</code>
            </p>
          )}
        </>
      ) : null}
    </div>
  );
}
