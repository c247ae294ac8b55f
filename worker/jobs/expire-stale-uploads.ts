import { expireStaleUploads } from "@/lib/contacts";
import type { JobHandler } from "./registry";

/** Scheduled every 10 minutes (worker/start-worker.ts): abandoned uploads become failed imports. */
export const expireStaleUploadsJob: JobHandler<"expire-stale-uploads"> = async (_payload, { logger }) => {
  const expired = await expireStaleUploads();
  if (expired > 0) logger.info({ expired }, "expired abandoned uploads");
  return { expired };
};
