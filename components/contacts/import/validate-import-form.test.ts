import { describe, expect, it } from "vitest";
import type { ImportFormState } from "./import-form-state";
import type { CsvPreview } from "./read-csv-preview";
import { validateImportForm } from "./validate-import-form";

const preview: CsvPreview = {
  fileName: "leads.csv",
  fileBytes: 100,
  encoding: "utf-8",
  delimiter: ";",
  rows: [
    ["Mobile", "Name", "Plan"],
    ["0151 1234 5678", "Ann", "gold"],
  ],
  columnCount: 3,
};
const labels = ["Mobile", "Name", "Plan"];
const lists = [{ id: "7d0b8f47-6d5c-4d4c-9a43-3d1d7c1c9f10", name: "Customers", memberCount: 3 }];

const form: ImportFormState = {
  hasHeader: true,
  choices: [
    { field: "phone", customName: "mobile" },
    { field: "firstName", customName: "name" },
    { field: "custom", customName: "plan" },
  ],
  target: { mode: "new", listId: "", newListName: " Spring leads " },
  defaultCountry: "DE",
  existing: "skip",
};

describe("validateImportForm", () => {
  it("builds the createImport input", () => {
    expect(validateImportForm(form, { preview, labels, lists })).toEqual({
      ok: true,
      input: {
        fileName: "leads.csv",
        options: {
          mapping: { phone: 0, firstName: 1, custom: [{ column: 2, name: "plan" }] },
          hasHeader: true,
          delimiter: ";",
          defaultCountry: "DE",
          existing: "skip",
        },
        list: { newListName: "Spring leads" },
      },
    });
  });

  it("asks for a phone column", () => {
    const result = validateImportForm(
      {
        ...form,
        choices: form.choices.map((choice, i) => (i === 0 ? { ...choice, field: "skip" } : choice)),
      },
      { preview, labels, lists },
    );
    expect(result.ok || result.errors.mapping).toBe("Choose which column holds the phone numbers.");
  });

  it("names a field chosen twice and a bad custom name at their columns", () => {
    const result = validateImportForm(
      {
        ...form,
        choices: [
          { field: "phone", customName: "a" },
          { field: "phone", customName: "b" },
          { field: "custom", customName: "1plan" },
        ],
      },
      { preview, labels, lists },
    );
    expect(result.ok ? null : result.errors).toEqual({
      columnFields: { 1: "Phone is already chosen for “Mobile”." },
      columnNames: { 2: "Use a letter, then letters, digits or _ (at most 40 characters)." },
    });
  });

  it("refuses a new list name that is taken, and a header row with nothing below", () => {
    const result = validateImportForm(
      { ...form, target: { ...form.target, newListName: "Customers" } },
      { preview: { ...preview, rows: preview.rows.slice(0, 1) }, labels, lists },
    );
    expect(result.ok ? null : [result.errors.newListName, result.errors.mapping]).toEqual([
      "A list named “Customers” already exists. Pick it under “Existing list”, or use another name.",
      "There are no contacts below the column names. If the first row is a contact, untick “First row has column names”.",
    ]);
  });
});
