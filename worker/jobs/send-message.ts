import { DelayedError } from "bullmq";
import { getPool } from "@/lib/db";
import { sendSingleMessage } from "@/lib/messaging";
import type { JobHandler } from "./registry";

const REQUEUE_DELAY_MS = 5_000;

/** One message outside a campaign (a reply, a keyword confirmation), through the campaign's send path. */
export const sendMessageJob: JobHandler<"send-message"> = async (
  payload,
  { job, logger, services, token },
) => {
  const result = await sendSingleMessage(payload, {
    pool: getPool(),
    logger,
    connectorFor: (orgId, connectorId) => services.connectors.connectorFor(orgId, connectorId),
    nextReference: services.nextReference,
  });
  if (result === "requeued") {
    await job.moveToDelayed(Date.now() + REQUEUE_DELAY_MS, token);
    throw new DelayedError();
  }
  return result;
};
