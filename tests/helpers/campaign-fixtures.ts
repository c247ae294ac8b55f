import { randomUUID } from "node:crypto";
import { createCampaign, sendCampaignNow, type CampaignDraft } from "@/lib/campaigns";
import { db } from "@/lib/db";
import { createConnector } from "@/lib/smpp/connectors";
import {
  createSmscSimulator,
  type SimulatorOptions,
  type SmscSimulator,
} from "@/worker/smsc-simulator/simulator";
import { insertContacts } from "./contact-factories";
import { makeOrganization } from "./factories";

export const SMSC_ACCOUNT = { systemId: "relaytest", password: "pw123" };

/** A simulator on a free port with the test account. */
export async function startSimulator(
  options: Partial<SimulatorOptions> = {},
): Promise<{ simulator: SmscSimulator; port: number }> {
  const simulator = createSmscSimulator({ port: 0, accounts: [SMSC_ACCOUNT], ...options });
  const { port } = await simulator.listen();
  return { simulator, port };
}

/**
 * A tenant ready to send: an organization, a connector to the simulator,
 * and a list of `recipients` contacts (phones +4915100000001 …).
 */
export async function makeSendingOrg(options: {
  port: number;
  recipients: number;
  throughputPerSecond?: number;
  windowSize?: number;
  binds?: number;
  responseTimeoutSeconds?: number;
  optedOutEvery?: number;
  phoneOffset?: number;
}) {
  const { org, user } = await makeOrganization();
  const connector = await createConnector({
    orgId: org.id,
    role: "owner",
    name: `Simulator ${randomUUID().slice(0, 6)}`,
    host: "127.0.0.1",
    port: options.port,
    systemId: SMSC_ACCOUNT.systemId,
    password: SMSC_ACCOUNT.password,
    throughputPerSecond: options.throughputPerSecond ?? 10_000,
    windowSize: options.windowSize ?? 10,
    binds: options.binds ?? 1,
    responseTimeoutSeconds: options.responseTimeoutSeconds ?? 5,
  });
  const list = await db.contactList.create({ data: { orgId: org.id, name: "Audience" } });
  const contactIds = await insertContacts({
    orgId: org.id,
    count: options.recipients,
    optedOutEvery: options.optedOutEvery,
    phoneOffset: options.phoneOffset,
  });
  await db.$executeRaw`
    INSERT INTO contact_list_members ("listId", "contactId")
    SELECT ${list.id}::uuid, id FROM contacts WHERE "orgId" = ${org.id}::uuid`;
  await db.contactList.update({ where: { id: list.id }, data: { memberCount: contactIds.length } });
  return { org, user, connector, list, contactIds };
}

/** Creates a campaign to the list and sends it now. */
export async function launchCampaign(
  tenant: { org: { id: string }; list: { id: string }; connector: { id: string } },
  draft: Partial<CampaignDraft> = {},
) {
  const campaign = await createCampaign({
    orgId: tenant.org.id,
    name: "Test campaign",
    senderId: "Relay",
    listIds: [tenant.list.id],
    body: "Hi {{firstName}}, this is a test.",
    connectorId: tenant.connector.id,
    ...draft,
  });
  await sendCampaignNow({ orgId: tenant.org.id, campaignId: campaign.id });
  return campaign;
}

export async function until<T>(
  read: () => Promise<T> | T,
  done: (value: T) => boolean,
  timeoutMs = 60_000,
  what = "condition",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `${what} not met in ${timeoutMs} ms; last: ${JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v))}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function campaignRow(campaignId: string) {
  return db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
}

/** Message statuses of a campaign, counted. */
export async function statusCounts(campaignId: string): Promise<Record<string, number>> {
  const rows = await db.message.groupBy({ by: ["status"], where: { campaignId }, _count: true });
  return Object.fromEntries(rows.map((row) => [row.status, row._count]));
}

/** The phone numbers (as the SMSC sees them, without "+") of the campaign's messages in a status. */
export async function phonesWithStatus(campaignId: string, statuses: string[]): Promise<string[]> {
  const rows = await db.$queryRaw<{ phone: string }[]>`
    SELECT phone FROM messages WHERE "campaignId" = ${campaignId}::uuid AND status::text = ANY(${statuses}::text[])`;
  return rows.map((row) => row.phone.replace(/^\+/, ""));
}

/** The campaign's message ids, oldest first, as the text the send code passes around. */
export async function campaignMessageIds(campaignId: string): Promise<string[]> {
  const messages = await db.message.findMany({
    where: { campaignId },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return messages.map((message) => message.id.toString());
}

/** For each id, how many of the send batches' ranges hold it (each message belongs in exactly one). */
export function batchesHolding(
  batches: ReadonlyArray<{ firstMessageId: string; lastMessageId: string }>,
  ids: readonly string[],
): number[] {
  return ids.map(
    (id) =>
      batches.filter(
        (batch) => BigInt(batch.firstMessageId) <= BigInt(id) && BigInt(id) <= BigInt(batch.lastMessageId),
      ).length,
  );
}
