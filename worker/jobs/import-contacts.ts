import { UnrecoverableError } from "bullmq";
import { failImport, runImport } from "@/lib/contacts";
import { AppError } from "@/lib/errors";
import type { JobHandler } from "./registry";

/**
 * Runs a CSV import. Problems with the file itself fail the import at once
 * with the user-facing reason; anything else (database restart, lost
 * connection) is retried, resuming from the last committed batch, and only
 * the last attempt marks the import failed.
 */
export const importContactsJob: JobHandler<"import-contacts"> = async (payload, { job, logger }) => {
  try {
    await runImport({ ...payload, logger });
  } catch (error) {
    if (error instanceof AppError) {
      await failImport({ ...payload, reason: error.message });
      throw new UnrecoverableError(error.message);
    }
    const attempts = job.opts.attempts ?? 1;
    if (job.attemptsMade + 1 >= attempts) {
      await failImport({
        ...payload,
        reason: "The import stopped because of an internal error. Please try again.",
      });
    }
    throw error;
  }
};
