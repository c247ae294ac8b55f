import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

/**
 * Parses a body or query string with its (strict) schema; the first problem
 * becomes a 422 naming the field by its path, e.g. `customFields.plan` or
 * `contactIds.3`. An unknown field is named itself, so a typo is found at once.
 */
export function parseApiInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  where: "body" | "query",
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const field = fieldPath([...issue.path, issue.keys[0]!]);
    const label = where === "query" ? "query parameter" : "field";
    throw new ValidationError(`Unknown ${label} “${field}”.`, field);
  }
  throw new ValidationError(issue.message, fieldPath(issue.path) || undefined);
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}
