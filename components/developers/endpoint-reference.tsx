import type { OpenApiDocument, OpenApiOperation } from "@/lib/api/openapi";
import { curlExample } from "./curl-example";
import styles from "./developers.module.css";

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: SchemaNode };
type SchemaNode = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  description?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  default?: unknown;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
};

/** Every operation of the document, grouped by tag, each with its fields, answers and a curl example. */
export function EndpointReference({ document }: { document: OpenApiDocument }) {
  const baseUrl = document.servers[0]!.url;
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, OpenApiOperation & { tags: string[] }>).map(
      ([method, operation]) => ({
        path,
        method: method.toUpperCase(),
        operation,
      }),
    ),
  );
  return (
    <>
      {document.tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className={styles.section}>
          <h2 id={`tag-${tag.name}`} className={styles.sectionTitle}>
            {tag.name}
          </h2>
          <p className={styles.prose}>
            <InlineCode text={tag.description} />
          </p>
          {operations
            .filter(({ operation }) => operation.tags.includes(tag.name))
            .map(({ path, method, operation }) => (
              <Operation
                key={operation.operationId}
                document={document}
                baseUrl={baseUrl}
                path={path}
                method={method}
                operation={operation}
              />
            ))}
        </section>
      ))}
    </>
  );
}

function Operation(props: {
  document: OpenApiDocument;
  baseUrl: string;
  path: string;
  method: string;
  operation: OpenApiOperation;
}) {
  const { document, operation } = props;
  const parameters = (operation.parameters ?? []).map((parameter) => resolve<Parameter>(document, parameter));
  const json = operation.requestBody?.content["application/json"];
  const body = json?.schema as SchemaNode | undefined;
  const command = curlExample({
    baseUrl: props.baseUrl,
    method: props.method,
    path: props.path,
    body: json?.example,
    idempotent: parameters.some((parameter) => parameter.name === "Idempotency-Key"),
  });
  return (
    <article
      id={operation.operationId}
      className={styles.operation}
      aria-labelledby={`${operation.operationId}-title`}
    >
      <h3 id={`${operation.operationId}-title`} className={styles.operationTitle}>
        <span className={styles.method} data-method={props.method}>
          {props.method}
        </span>{" "}
        <code>{props.path}</code> <span className={styles.summary}>{operation.summary}</span>
      </h3>
      {operation.description ? (
        <p className={styles.prose}>
          <InlineCode text={operation.description} />
        </p>
      ) : null}
      {parameters.length > 0 ? (
        <FieldTable
          caption="Parameters"
          rows={parameters.map((parameter) => ({
            name: parameter.name,
            where: parameter.in,
            required: parameter.required ?? false,
            schema: parameter.schema ?? {},
            description: parameter.description,
          }))}
        />
      ) : null}
      {body?.properties ? (
        <FieldTable
          caption="Body (JSON; other fields are refused)"
          rows={Object.entries(body.properties).map(([name, schema]) => ({
            name,
            where: "body",
            required: body.required?.includes(name) ?? false,
            schema,
            description: schema.description,
          }))}
        />
      ) : null}
      <h4 className={styles.subheading}>Answers</h4>
      <ul className={styles.answers}>
        {Object.entries(operation.responses).map(([status, response]) => (
          <li key={status}>
            <code>{status}</code>{" "}
            <InlineCode text={resolve<{ description: string }>(document, response).description} />
          </li>
        ))}
      </ul>
      <h4 className={styles.subheading}>Example</h4>
      <pre className={styles.code}>
        <code>{command}</code>
      </pre>
    </article>
  );
}

function FieldTable(props: {
  caption: string;
  rows: { name: string; where: string; required: boolean; schema: SchemaNode; description?: string }[];
}) {
  return (
    <table className={styles.fields}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={`${row.where}-${row.name}`}>
            <th scope="row">
              <code>{row.name}</code>
              {row.required ? <span className={styles.required}> required</span> : null}
              {row.where === "header" || row.where === "query" ? (
                <span className={styles.where}> ({row.where})</span>
              ) : null}
            </th>
            <td>{typeOf(row.schema)}</td>
            <td>
              <InlineCode text={[row.description, ...constraintsOf(row.schema)].filter(Boolean).join(" ")} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Descriptions in the document mark code with backticks, as OpenAPI's CommonMark does; shown as <code>. */
function InlineCode({ text }: { text: string }) {
  return text.split("`").map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}

/** A short type name: "string (uuid)", "array of string", "string | null". */
function typeOf(schema: SchemaNode): string {
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeOf))].join(" | ");
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ["any"];
  return types
    .map((type) => {
      if (type === "array") return `array of ${schema.items ? typeOf(schema.items) : "any"}`;
      if (type === "string" && schema.format) return `string (${schema.format})`;
      return type;
    })
    .join(" | ");
}

function constraintsOf(schema: SchemaNode): string[] {
  const notes: string[] = [];
  if (schema.maxLength !== undefined) notes.push(`At most ${schema.maxLength} characters.`);
  if (schema.maxItems !== undefined) notes.push(`At most ${schema.maxItems} items.`);
  if (schema.minimum !== undefined && schema.maximum !== undefined) {
    notes.push(`From ${schema.minimum} to ${schema.maximum}.`);
  }
  if (schema.default !== undefined) notes.push(`Default ${JSON.stringify(schema.default)}.`);
  return notes;
}

/** Follows a local "$ref" into the document's components. */
function resolve<T>(document: OpenApiDocument, value: unknown): T {
  const reference = (value as { $ref?: string }).$ref;
  if (!reference) return value as T;
  const [, , section, name] = reference.split("/");
  const components = document.components as unknown as Record<string, Record<string, unknown>>;
  return components[section!]![name!] as T;
}
