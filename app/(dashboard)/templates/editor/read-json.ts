import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

/** The request's JSON body parsed by `schema`; anything else is a ValidationError (422), never a 500. */
export async function readJson<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): Promise<z.output<Schema>> {
  const json: unknown = await request.json().catch(() => undefined);
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ValidationError(issue?.message ?? "Send a JSON body.", issue?.path.join(".") || undefined);
}
