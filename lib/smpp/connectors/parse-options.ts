import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

/**
 * Parses a domain function's options; the first problem becomes a
 * ValidationError naming its field, so a form can show it next to the input.
 */
export function parseOptions<Schema extends z.ZodType>(schema: Schema, options: unknown): z.output<Schema> {
  const parsed = schema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ValidationError(issue?.message ?? "Check the input.", issue?.path.join(".") || undefined);
}
