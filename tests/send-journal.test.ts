import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCampaign } from "@/lib/campaigns";
import { FIRST_CONTACT_CURSOR, snapshotAudienceSlice } from "@/lib/campaigns/snapshot-audience";
import { db, getPool } from "@/lib/db";
import {
  claimCampaignMessages,
  recoverClaimedMessages,
  releaseClaimedMessages,
} from "@/lib/messaging/claim-campaign-messages";
import { openSendJournal } from "@/lib/messaging/send-journal";
import { getRedis, redisKey } from "@/lib/redis";
import { createRateLimiter } from "@/lib/smpp";
import { campaignMessageIds, makeSendingOrg } from "./helpers/campaign-fixtures";

const EVERY_ZONE = { sendableZones: null };

/** A running campaign of `recipients` queued messages, nothing enqueued: the test plays the send runs. */
async function queuedBatch(recipients: number) {
  const tenant = await makeSendingOrg({ port: 1, recipients });
  const campaign = await createCampaign({
    orgId: tenant.org.id,
    name: "Journal",
    senderId: "Relay",
    listIds: [tenant.list.id],
    body: "Hi {{firstName}}",
    connectorId: tenant.connector.id,
  });
  await db.campaign.update({ where: { id: campaign.id }, data: { status: "running" } });
  await snapshotAudienceSlice(
    getPool(),
    { orgId: tenant.org.id, campaignId: campaign.id, senderId: "Relay" },
    { afterContactId: FIRST_CONTACT_CURSOR, size: 100_000 },
  );
  const ids = await campaignMessageIds(campaign.id);
  return {
    orgId: tenant.org.id,
    campaignId: campaign.id,
    firstMessageId: ids[0]!,
    lastMessageId: ids.at(-1)!,
  };
}

async function statuses(campaignId: string): Promise<Record<string, number>> {
  const groups = await db.message.groupBy({ by: ["status"], where: { campaignId }, _count: true });
  return Object.fromEntries(groups.map((group) => [group.status, group._count]));
}

const limiter = () => createRateLimiter(getRedis(), { key: `journal-${randomUUID()}`, perSecond: 1_000 });

describe("the send journal", () => {
  it("after a crash, marks only the journaled claims unknown and puts the others back in the queue", async () => {
    const batch = await queuedBatch(10);
    const dead = await openSendJournal(getPool(), batch);
    expect(dead.written).toBeNull(); // first run: nothing to recover
    expect(await dead.restart()).toBe(true);
    const { claimed } = await claimCampaignMessages(getPool(), batch, dead.runToken, 6, EVERY_ZONE);
    expect(claimed).toHaveLength(6);
    const written = claimed.slice(0, 2).map((message) => message.id);
    expect(await limiter().admit(2, dead.record(written))).toBe(true);
    // The run dies here: two written, four claimed and never written.

    const next = await openSendJournal(getPool(), batch);
    expect([...next.written!].sort()).toEqual([...written].sort());
    expect(await recoverClaimedMessages(getPool(), batch, next.runToken, next.written)).toEqual({
      doubted: 2,
      released: 4,
    });
    expect(await statuses(batch.campaignId)).toEqual({ unknown: 2, queued: 8 });
    const row = await db.campaign.findUniqueOrThrow({ where: { id: batch.campaignId } });
    expect(row.unknownCount).toBe(2);
    const unknown = await db.message.findMany({ where: { campaignId: batch.campaignId, status: "unknown" } });
    expect(unknown.map((message) => message.id.toString()).sort()).toEqual([...written].sort());
  });

  it("settles only its own claims where a later send round's batch overlaps its range", async () => {
    const batch = await queuedBatch(10);
    const first = await openSendJournal(getPool(), batch);
    await first.restart();
    // This run dies before writing anything; its job runs again later.

    // Meanwhile a pause and resume planned a new batch over the still-queued messages 3..10.
    const ids = await campaignMessageIds(batch.campaignId);
    const resumed = { ...batch, firstMessageId: ids[2]! };
    const live = await openSendJournal(getPool(), resumed);
    await live.restart();
    const onTheWire = (await claimCampaignMessages(getPool(), resumed, live.runToken, 4, EVERY_ZONE)).claimed;
    expect(await limiter().admit(4, live.record(onTheWire.map((message) => message.id)))).toBe(true);

    // The first round's batch runs again: its journal is empty, and the four claims are not its own.
    const again = await openSendJournal(getPool(), batch);
    expect(again.written).toEqual([]);
    expect(await recoverClaimedMessages(getPool(), batch, again.runToken, again.written)).toEqual({
      doubted: 0,
      released: 0,
    });
    await again.restart();
    const taken = await claimCampaignMessages(getPool(), batch, again.runToken, 10, EVERY_ZONE);
    expect(taken.claimed.map((message) => message.id)).toEqual([...ids.slice(0, 2), ...ids.slice(6)]);
    expect(await statuses(batch.campaignId)).toEqual({ sending: 10 });
  });

  it("fences off the run it took over: it can no longer write, claim or release", async () => {
    const batch = await queuedBatch(8);
    const stalled = await openSendJournal(getPool(), batch);
    await stalled.restart();
    const early = await claimCampaignMessages(getPool(), batch, stalled.runToken, 2, EVERY_ZONE);
    expect(early.claimed).toHaveLength(2);

    const owner = await openSendJournal(getPool(), batch);
    await recoverClaimedMessages(getPool(), batch, owner.runToken, owner.written);
    expect(await owner.restart()).toBe(true);
    const taken = await claimCampaignMessages(getPool(), batch, owner.runToken, 8, EVERY_ZONE);
    // The stalled run's two claims were never written: back in the queue, and the owner's now.
    expect(taken.claimed).toHaveLength(8);

    expect(await limiter().admit(1, stalled.record([early.claimed[0]!.id]))).toBe(false);
    expect(await stalled.restart()).toBe(false);
    expect((await claimCampaignMessages(getPool(), batch, stalled.runToken, 8, EVERY_ZONE)).claimed).toEqual(
      [],
    );
    await releaseClaimedMessages(
      getPool(),
      batch,
      stalled.runToken,
      early.claimed.map((message) => message.id),
    );
    expect(await statuses(batch.campaignId)).toEqual({ sending: 8 });
    // The owner's admission still goes through.
    expect(await limiter().admit(1, owner.record([taken.claimed[0]!.id]))).toBe(true);
  });

  it("counts every claim left behind as in doubt when the journal is lost", async () => {
    const batch = await queuedBatch(5);
    const dead = await openSendJournal(getPool(), batch);
    await dead.restart();
    await claimCampaignMessages(getPool(), batch, dead.runToken, 3, EVERY_ZONE);
    // Redis lost its data (restarted without persistence) before the next run.
    await getRedis().del(redisKey("send-journal", batch.campaignId, batch.firstMessageId, "written"));

    const next = await openSendJournal(getPool(), batch);
    expect(next.written).toBeNull();
    expect(await recoverClaimedMessages(getPool(), batch, next.runToken, next.written)).toEqual({
      doubted: 3,
      released: 0,
    });
    expect(await statuses(batch.campaignId)).toEqual({ unknown: 3, queued: 2 });
  });

  it("releases unwritten claims of a cancelled campaign as cancelled, counted", async () => {
    const batch = await queuedBatch(4);
    const run = await openSendJournal(getPool(), batch);
    await run.restart();
    const { claimed } = await claimCampaignMessages(getPool(), batch, run.runToken, 3, EVERY_ZONE);
    await db.campaign.update({ where: { id: batch.campaignId }, data: { status: "cancelled" } });
    await releaseClaimedMessages(
      getPool(),
      batch,
      run.runToken,
      claimed.map((message) => message.id),
    );
    expect(await statuses(batch.campaignId)).toEqual({ cancelled: 3, queued: 1 });
    const row = await db.campaign.findUniqueOrThrow({ where: { id: batch.campaignId } });
    expect(row.cancelledCount).toBe(3);
    const released = await db.message.findMany({
      where: { campaignId: batch.campaignId, status: "cancelled" },
    });
    expect(released.every((message) => message.submitAttempts === 0 && message.finalAt !== null)).toBe(true);
  });

  it("hands claims out in id order, also where the ids gain a digit", async () => {
    // Move message ids to just below a power of ten (forward only: other tests share the
    // sequence, and the margin keeps it ahead of whatever they take meanwhile).
    const pool = getPool();
    const current = BigInt(
      (await pool.query<{ value: string }>(`SELECT last_value::text AS value FROM messages_id_seq`)).rows[0]!
        .value,
    );
    let boundary = 10n;
    while (boundary < current + 1_000_000n) boundary *= 10n;
    await pool.query(`SELECT setval('messages_id_seq', $1::bigint)`, [(boundary - 100n).toString()]);

    const batch = await queuedBatch(200);
    expect(BigInt(batch.firstMessageId)).toBeLessThan(boundary);
    expect(BigInt(batch.lastMessageId)).toBeGreaterThanOrEqual(boundary);
    const run = await openSendJournal(pool, batch);
    const { claimed } = await claimCampaignMessages(pool, batch, run.runToken, 200, EVERY_ZONE);
    const ids = claimed.map((message) => BigInt(message.id));
    expect(ids).toHaveLength(200);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
