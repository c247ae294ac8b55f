import { z } from "zod";
import { ValidationError } from "@/lib/errors";

/** The query string as an object of strings; a parameter given twice is refused rather than guessed. */
export function readQuery(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (Object.hasOwn(query, name))
      throw new ValidationError(`Give the query parameter “${name}” once.`, name);
    query[name] = value;
  }
  return query;
}

/** A query-string flag: exactly "true" or "false" (z.coerce.boolean would read "false" as true). */
export const ZQueryBoolean = z.enum(["true", "false"]).transform((value) => value === "true");

/** A page size in a query string. */
export function zQueryLimit(options: { max: number; default: number }) {
  return z.coerce
    .number({ error: "Give the limit as a whole number." })
    .int("Give the limit as a whole number.")
    .min(1, "The limit is at least 1.")
    .max(options.max, `The limit is at most ${options.max}.`)
    .default(options.default);
}
