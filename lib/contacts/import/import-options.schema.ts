import { z } from "zod";

/** Built-in contact fields a CSV column can map to; anything else becomes a custom field. */
export const STANDARD_FIELDS = ["phone", "firstName", "lastName", "email", "timeZone"] as const;
export type StandardField = (typeof STANDARD_FIELDS)[number];

/** Custom field names become merge tags ({{fields.plan}}), so they are kept to safe identifiers. */
export const ZCustomFieldName = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, "Use a letter, then letters, digits or _ (at most 40 characters).")
  .refine((name) => !["constructor", "prototype", "__proto__", "toString", "valueOf"].includes(name), {
    message: "That name is reserved.",
  });

const ZColumn = z.number().int().min(0).max(499);

export const ZImportMapping = z
  .object({
    phone: ZColumn,
    firstName: ZColumn.optional(),
    lastName: ZColumn.optional(),
    email: ZColumn.optional(),
    timeZone: ZColumn.optional(),
    custom: z
      .array(z.object({ column: ZColumn, name: ZCustomFieldName }))
      .max(100)
      .default([]),
  })
  .superRefine((mapping, ctx) => {
    const used = new Map<number, string>();
    const claim = (column: number | undefined, what: string) => {
      if (column === undefined) return;
      const previous = used.get(column);
      if (previous)
        ctx.addIssue({
          code: "custom",
          message: `Column ${column + 1} is mapped twice (${previous} and ${what}).`,
        });
      used.set(column, what);
    };
    for (const field of STANDARD_FIELDS) claim(mapping[field], field);
    const names = new Set<string>();
    for (const custom of mapping.custom) {
      claim(custom.column, custom.name);
      if (names.has(custom.name.toLowerCase()))
        ctx.addIssue({ code: "custom", message: `The custom field name "${custom.name}" is used twice.` });
      names.add(custom.name.toLowerCase());
    }
  });

export const ZImportOptions = z.object({
  mapping: ZImportMapping,
  /** The first row holds column names, not a contact. */
  hasHeader: z.boolean().default(true),
  /** As detected by the preview (papaparse); empty means detect again. */
  delimiter: z.enum([",", ";", "\t", "|", ""]).default(""),
  defaultCountry: z.string().regex(/^[A-Z]{2}$/, "Choose a country."),
  /** What to do with numbers that already are contacts: keep them as they are, or update their fields. */
  existing: z.enum(["skip", "update"]).default("skip"),
});

export type ImportOptions = z.infer<typeof ZImportOptions>;
export type ImportOptionsInput = z.input<typeof ZImportOptions>;
export type ImportMapping = z.infer<typeof ZImportMapping>;

export const ZCreateImport = z.object({
  fileName: z.string().trim().min(1).max(255),
  options: ZImportOptions,
  /** An existing list, or the name of a new one. */
  list: z.union([
    z.object({ listId: z.uuid("Choose a list.") }),
    z.object({
      newListName: z.string().trim().min(1, "Name the new list.").max(100, "Use at most 100 characters."),
    }),
  ]),
});

export type CreateImportInput = z.input<typeof ZCreateImport>;
