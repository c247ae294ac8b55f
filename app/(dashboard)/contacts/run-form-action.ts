import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { ActionState } from "@/components/contacts/action-state";
import { requireSession } from "@/lib/auth/server";
import type { AppSession } from "@/lib/auth";
import { AppError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/**
 * The shared part of every contacts form action: parse the form with zod,
 * check the session, run one lib/ call, refresh the contacts pages, and turn
 * typed errors into messages next to the fields they concern.
 */
export async function runFormAction<Schema extends z.ZodType>(options: {
  schema: Schema;
  input: unknown;
  /** Returns the confirmation shown to the user. */
  run: (input: z.output<Schema>, session: AppSession) => Promise<string>;
}): Promise<ActionState> {
  const parsed = options.schema.safeParse(options.input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { status: "error", message: Object.values(fieldErrors)[0], fieldErrors };
  }
  const session = await requireSession();
  try {
    const message = await options.run(parsed.data, session);
    revalidatePath("/contacts", "layout");
    return { status: "success", message };
  } catch (error) {
    if (error instanceof ValidationError) {
      return {
        status: "error",
        message: error.message,
        fieldErrors: error.field ? { [error.field]: error.message } : {},
      };
    }
    if (error instanceof AppError) return { status: "error", message: error.message };
    logger.error({ err: error, orgId: session.orgId, userId: session.userId }, "contacts form action failed");
    return { status: "error", message: "Something went wrong on our side. Try again in a moment." };
  }
}
