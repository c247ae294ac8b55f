"use client";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type {
  ImportCountryOption,
  ImportFormErrors,
  ImportFormState,
  ImportListOption,
  ListTarget,
} from "./import-form-state";
import styles from "./import-target-fields.module.css";

type ImportTargetFieldsProps = {
  form: ImportFormState;
  errors: ImportFormErrors;
  lists: ImportListOption[];
  countries: ImportCountryOption[];
  onChange: (change: Partial<ImportFormState>) => void;
};

const countFormat = new Intl.NumberFormat("en");

function contactsLabel(count: number): string {
  return `${countFormat.format(count)} ${count === 1 ? "contact" : "contacts"}`;
}

/** Where the contacts go, how numbers without a country code are read, and what happens to known numbers. */
export function ImportTargetFields({ form, errors, lists, countries, onChange }: ImportTargetFieldsProps) {
  const { target } = form;
  const setTarget = (change: Partial<ListTarget>) => onChange({ target: { ...target, ...change } });

  return (
    <div className={styles.fields}>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Add the contacts to</legend>
        <div className={styles.choices}>
          <label className={styles.choice}>
            <input
              type="radio"
              name="list-mode"
              value="new"
              checked={target.mode === "new"}
              onChange={() => setTarget({ mode: "new" })}
            />
            A new list
          </label>
          <label className={styles.choice}>
            <input
              type="radio"
              name="list-mode"
              value="existing"
              checked={target.mode === "existing"}
              disabled={lists.length === 0}
              aria-describedby={lists.length === 0 ? "list-mode-none" : undefined}
              onChange={() => setTarget({ mode: "existing" })}
            />
            An existing list
          </label>
        </div>
        {lists.length === 0 ? (
          <p id="list-mode-none" className={styles.note}>
            You have no lists yet, so this import starts your first one.
          </p>
        ) : null}
        {target.mode === "new" ? (
          <Field id="import-new-list-name" label="Name of the new list" error={errors.newListName} required>
            {(control) => (
              <Input
                {...control}
                value={target.newListName}
                maxLength={120}
                autoComplete="off"
                onChange={(event) => setTarget({ newListName: event.target.value })}
              />
            )}
          </Field>
        ) : (
          <Field id="import-list" label="List" error={errors.listId} required>
            {(control) => (
              <Select
                {...control}
                value={target.listId}
                onChange={(event) => setTarget({ listId: event.target.value })}
              >
                <option value="" disabled>
                  Choose a list…
                </option>
                {lists.map((list) => (
                  <option key={list.id} value={list.id}>
                    {list.name} ({contactsLabel(list.memberCount)})
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
      </fieldset>

      <Field
        id="import-country"
        label="Default country"
        hint="For numbers written without a country code, like 0151 2345678."
        error={errors.defaultCountry}
        required
      >
        {(control) => (
          <Select
            {...control}
            value={form.defaultCountry}
            onChange={(event) => onChange({ defaultCountry: event.target.value })}
          >
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name} (+{country.callingCode.replace(/^\+/, "")})
              </option>
            ))}
          </Select>
        )}
      </Field>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Numbers that are already contacts</legend>
        <div className={styles.options}>
          <label className={styles.option}>
            <input
              type="radio"
              name="existing"
              value="skip"
              checked={form.existing === "skip"}
              aria-describedby="existing-skip-hint"
              onChange={() => onChange({ existing: "skip" })}
            />
            <span>
              <span className={styles.optionTitle}>Keep them as they are</span>
              <span id="existing-skip-hint" className={styles.optionHint}>
                They are added to the list; their names and fields stay unchanged.
              </span>
            </span>
          </label>
          <label className={styles.option}>
            <input
              type="radio"
              name="existing"
              value="update"
              checked={form.existing === "update"}
              aria-describedby="existing-update-hint"
              onChange={() => onChange({ existing: "update" })}
            />
            <span>
              <span className={styles.optionTitle}>Update their fields</span>
              <span id="existing-update-hint" className={styles.optionHint}>
                Values in the file replace theirs; empty cells never erase anything.
              </span>
            </span>
          </label>
        </div>
      </fieldset>
    </div>
  );
}
