import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Client } from "pg";

/**
 * Compares the datamodel parsed from schema.prisma (written by
 * scripts/prisma-model-generator.mjs during `prisma generate`) with what the
 * migrations actually built. Prisma's own `migrate diff` needs the native
 * schema engine, which cannot be downloaded here; this covers what the app
 * relies on: tables, columns (type, nullability, default), enums, indexes
 * and foreign keys — in both directions.
 */

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isRequired: boolean;
  isList: boolean;
  hasDefaultValue: boolean;
  nativeType?: [string, string[]] | null;
  default?: { name: string; args: unknown[] } | string | number | boolean | Array<string | number | boolean>;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[] };
type DmmfEnum = { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] };
export type Datamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };

const MODEL_FILE = fileURLToPath(new URL("../../lib/db/generated/model.json", import.meta.url));
const BOOKKEEPING_TABLES = new Set(["_migrations"]);
/**
 * Indexes Prisma's schema language cannot express (expression, partial,
 * GIN), created by migrations only. Each must still exist.
 */
const MIGRATION_ONLY_INDEXES = ["contacts_search_trgm_idx", "contacts_opted_out_idx"];

export async function readDatamodel(): Promise<Datamodel> {
  return JSON.parse(await readFile(MODEL_FILE, "utf8")) as Datamodel;
}

function expectedColumnType(field: DmmfField): string {
  // PostgreSQL names an array type after its element with a leading underscore.
  if (field.isList) return `_${expectedScalarType(field)}`;
  return expectedScalarType(field);
}

function expectedScalarType(field: DmmfField): string {
  if (field.kind === "enum") return field.type;
  const native = field.nativeType?.[0];
  const args = field.nativeType?.[1] ?? [];
  switch (field.type) {
    case "String":
      if (native === "Uuid") return "uuid";
      if (native === "Char") return `bpchar(${args[0]})`;
      if (native === "VarChar") return `varchar(${args[0]})`;
      return "text";
    case "Int":
      return native === "SmallInt" ? "int2" : "int4";
    case "BigInt":
      return "int8";
    case "Boolean":
      return "bool";
    case "Float":
      return "float8";
    case "Json":
      return "jsonb";
    case "Bytes":
      return "bytea";
    case "DateTime":
      return native === "Timestamptz" ? `timestamptz(${args[0] ?? 3})` : `timestamp(${args[0] ?? 3})`;
    default:
      return `unsupported:${field.type}`;
  }
}

function expectedDefault(field: DmmfField): string | null {
  if (!field.hasDefaultValue || field.default === undefined) return null;
  const value = field.default;
  if (Array.isArray(value)) return `ARRAY[${value.map((item) => `'${String(item)}'`).join(", ")}]`;
  if (typeof value === "object") {
    if (value.name === "autoincrement") return "nextval";
    if (value.name === "now") return "CURRENT_TIMESTAMP";
    if (value.name === "dbgenerated") return String(value.args[0]);
    return `unsupported:${value.name}`;
  }
  // DMMF carries BigInt defaults as strings.
  if (typeof value === "string" && ["BigInt", "Int", "Float", "Decimal"].includes(field.type)) return value;
  if (typeof value === "string") return field.kind === "enum" ? `'${value}'::"${field.type}"` : `'${value}'`;
  return String(value);
}

function normaliseDefault(columnDefault: string | null): string | null {
  if (columnDefault === null) return null;
  if (columnDefault.startsWith("nextval(")) return "nextval";
  // PostgreSQL appends casts to literals: 'abc'::text, '{}'::jsonb, 'DE'::bpchar,
  // and to each element of an array literal: ARRAY['a'::text, 'b'::text].
  if (columnDefault.startsWith("ARRAY[")) return columnDefault.replace(/::text(\[\])?/g, "");
  return columnDefault.replace(/::(text|jsonb|bpchar|character varying)$/, "");
}

type ColumnRow = {
  table_name: string;
  column_name: string;
  type: string;
  is_nullable: "YES" | "NO";
  column_default: string | null;
};

async function loadDatabase(client: Client) {
  const columns = await client.query<ColumnRow>(`
    SELECT c.table_name, c.column_name, c.is_nullable, c.column_default,
      CASE
        WHEN c.data_type = 'USER-DEFINED' THEN c.udt_name
        WHEN c.udt_name IN ('timestamptz', 'timestamp') THEN c.udt_name || '(' || c.datetime_precision || ')'
        WHEN c.udt_name IN ('bpchar', 'varchar') THEN c.udt_name || '(' || c.character_maximum_length || ')'
        ELSE c.udt_name
      END AS type
    FROM information_schema.columns c
    WHERE c.table_schema = 'public'`);
  const enums = await client.query<{ name: string; values: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
    JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
    GROUP BY t.typname`);
  const indexes = await client.query<{
    name: string;
    table_name: string;
    columns: string[];
    is_unique: boolean;
    is_primary: boolean;
  }>(`
    SELECT idx.relname AS name, tbl.relname AS table_name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
      array_agg(a.attname ORDER BY k.ord)::text[] AS columns
    FROM pg_index ix
    JOIN pg_class tbl ON tbl.oid = ix.indrelid
    JOIN pg_class idx ON idx.oid = ix.indexrelid
    JOIN pg_namespace n ON n.oid = tbl.relnamespace AND n.nspname = 'public'
    CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
    LEFT JOIN pg_attribute a ON a.attrelid = tbl.oid AND a.attnum = k.attnum
    GROUP BY idx.relname, tbl.relname, ix.indexrelid, ix.indisunique, ix.indisprimary`);
  const foreignKeys = await client.query<{
    table_name: string;
    columns: string[];
    ref_table: string;
    ref_columns: string[];
    on_delete: string;
  }>(`
    SELECT src.relname AS table_name, ref.relname AS ref_table,
      (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
      (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS ref_columns,
      con.confdeltype AS on_delete
    FROM pg_constraint con
    JOIN pg_class src ON src.oid = con.conrelid
    JOIN pg_class ref ON ref.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = src.relnamespace AND n.nspname = 'public'
    WHERE con.contype = 'f'`);
  return { columns: columns.rows, enums: enums.rows, indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

const ON_DELETE: Record<string, string> = {
  Cascade: "c",
  SetNull: "n",
  Restrict: "r",
  NoAction: "a",
  SetDefault: "d",
};

/** Every difference between the datamodel and the database, as readable sentences. */
export async function findSchemaDrift(databaseUrl: string, model: Datamodel): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let actual: Awaited<ReturnType<typeof loadDatabase>>;
  try {
    actual = await loadDatabase(client);
  } finally {
    await client.end();
  }
  const problems: string[] = [];
  const tableOf = new Map(model.models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = (modelName: string, fieldName: string) => {
    const field = model.models.find((m) => m.name === modelName)?.fields.find((f) => f.name === fieldName);
    return field?.dbName ?? fieldName;
  };

  // Enums
  for (const expected of model.enums) {
    const name = expected.dbName ?? expected.name;
    const found = actual.enums.find((e) => e.name === name);
    const values = expected.values.map((v) => v.dbName ?? v.name);
    if (!found) problems.push(`enum ${name} is missing`);
    else if (found.values.join(",") !== values.join(","))
      problems.push(`enum ${name} has values [${found.values}] but the schema says [${values}]`);
  }
  for (const found of actual.enums) {
    if (!model.enums.some((e) => (e.dbName ?? e.name) === found.name))
      problems.push(`enum ${found.name} is not in the schema`);
  }

  // Tables and columns
  const expectedTables = new Set(tableOf.values());
  const actualTables = new Set(actual.columns.map((c) => c.table_name));
  for (const table of actualTables) {
    if (!expectedTables.has(table) && !BOOKKEEPING_TABLES.has(table))
      problems.push(`table ${table} is not in the schema`);
  }
  for (const m of model.models) {
    const table = m.dbName ?? m.name;
    if (!actualTables.has(table)) {
      problems.push(`table ${table} (model ${m.name}) is missing`);
      continue;
    }
    const scalarFields = m.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
    const columns = actual.columns.filter((c) => c.table_name === table);
    for (const field of scalarFields) {
      const name = field.dbName ?? field.name;
      const column = columns.find((c) => c.column_name === name);
      if (!column) {
        problems.push(`column ${table}.${name} is missing`);
        continue;
      }
      const type = expectedColumnType(field);
      if (column.type !== type)
        problems.push(`column ${table}.${name} is ${column.type} but the schema says ${type}`);
      const nullable = column.is_nullable === "YES";
      if (nullable === field.isRequired)
        problems.push(
          `column ${table}.${name} is ${nullable ? "nullable" : "NOT NULL"} but the schema says the opposite`,
        );
      const wantDefault = expectedDefault(field);
      const hasDefault = normaliseDefault(column.column_default);
      if (wantDefault !== hasDefault)
        problems.push(
          `column ${table}.${name} has default ${hasDefault ?? "none"} but the schema says ${wantDefault ?? "none"}`,
        );
    }
    for (const column of columns) {
      if (!scalarFields.some((f) => (f.dbName ?? f.name) === column.column_name))
        problems.push(`column ${table}.${column.column_name} is not in the schema`);
    }
  }

  // Indexes (primary keys, unique and plain), compared by table + column list + kind.
  const key = (table: string, columns: string[], kind: string) => `${table}(${columns.join(",")}) ${kind}`;
  const expectedIndexes = new Set(
    model.indexes.map((index) =>
      key(
        tableOf.get(index.model)!,
        index.fields.map((f) => columnOf(index.model, f.name)),
        index.type === "id" ? "primary" : index.type === "unique" ? "unique" : "index",
      ),
    ),
  );
  for (const name of MIGRATION_ONLY_INDEXES) {
    if (!actual.indexes.some((i) => i.name === name))
      problems.push(`migration-only index ${name} is missing`);
  }
  const actualIndexes = new Set(
    actual.indexes
      .filter((i) => !BOOKKEEPING_TABLES.has(i.table_name) && !MIGRATION_ONLY_INDEXES.includes(i.name))
      .map((i) => key(i.table_name, i.columns, i.is_primary ? "primary" : i.is_unique ? "unique" : "index")),
  );
  for (const index of expectedIndexes)
    if (!actualIndexes.has(index)) problems.push(`index ${index} is missing`);
  for (const index of actualIndexes)
    if (!expectedIndexes.has(index)) problems.push(`index ${index} is not in the schema`);

  // Foreign keys, with their ON DELETE rule.
  const expectedKeys = new Set<string>();
  for (const m of model.models) {
    for (const field of m.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const onDelete =
        ON_DELETE[field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")] ?? "?";
      expectedKeys.add(
        `${tableOf.get(m.name)}(${field.relationFromFields.map((f) => columnOf(m.name, f))}) -> ${tableOf.get(field.type)}(${(field.relationToFields ?? []).map((f) => columnOf(field.type, f))}) on delete ${onDelete}`,
      );
    }
  }
  const actualKeys = new Set(
    actual.foreignKeys.map(
      (fk) =>
        `${fk.table_name}(${fk.columns}) -> ${fk.ref_table}(${fk.ref_columns}) on delete ${fk.on_delete}`,
    ),
  );
  for (const fk of expectedKeys) if (!actualKeys.has(fk)) problems.push(`foreign key ${fk} is missing`);
  for (const fk of actualKeys)
    if (!expectedKeys.has(fk)) problems.push(`foreign key ${fk} is not in the schema`);

  return problems.sort();
}
