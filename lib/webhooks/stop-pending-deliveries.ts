import type { Prisma } from "@/lib/db";

/** Ends the pending deliveries of endpoints that no longer receive (disabled by a user or by a 410 answer). */
export async function stopPendingDeliveries(
  tx: Prisma.TransactionClient,
  options: { orgId: string; endpointIds: string[]; reason: string },
): Promise<number> {
  const { count } = await tx.webhookDelivery.updateMany({
    where: { orgId: options.orgId, endpointId: { in: options.endpointIds }, status: "pending" },
    data: { status: "failed", nextAttemptAt: null, completedAt: new Date(), lastError: options.reason },
  });
  return count;
}
