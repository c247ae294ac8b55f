import { afterAll, describe, expect, it } from "vitest";
import { createCampaign, sendCampaignNow, startCampaign } from "@/lib/campaigns";
import { db } from "@/lib/db";
import { receiveInboundMessage, sendMessageJobId } from "@/lib/messaging";
import { getQueue, QUEUES } from "@/lib/queue";
import { makeSendingOrg } from "./helpers/campaign-fixtures";

afterAll(async () => {
  // No worker runs here: drop the jobs these tests enqueued.
  await getQueue(QUEUES.send).obliterate({ force: true });
  await getQueue(QUEUES.sendPriority).obliterate({ force: true });
  await getQueue(QUEUES.campaigns).obliterate({ force: true });
});

const OUR_NUMBER = "4915700000000";

/** A tenant whose contacts got a campaign (messages snapshotted, as sent). */
async function tenantWithCampaign() {
  const tenant = await makeSendingOrg({ port: 2775, recipients: 3 });
  const campaign = await createCampaign({
    orgId: tenant.org.id,
    name: "Spring",
    senderId: "Relay",
    listIds: [tenant.list.id],
    body: "Hi!",
    connectorId: tenant.connector.id,
  });
  await sendCampaignNow({ orgId: tenant.org.id, campaignId: campaign.id });
  await startCampaign({ orgId: tenant.org.id, campaignId: campaign.id });
  return { ...tenant, campaign };
}

const inbound = (orgId: string, from: string, text: string, problem: string | null = null) =>
  receiveInboundMessage({ orgId, from, to: OUR_NUMBER, text, problem });

describe("inbound messages", () => {
  it("opts out on STOP at once, confirms once, and links the reply to the campaign", async () => {
    const tenant = await tenantWithCampaign();
    const phone = "+4915100000001";
    const first = await inbound(tenant.org.id, phone, "  stop ");
    expect(first.keyword).toBe("opt_out");
    expect(first.confirmationId).not.toBeNull();
    const contact = await db.contact.findFirstOrThrow({ where: { orgId: tenant.org.id, phone } });
    expect(contact.optedOut).toBe(true);
    expect(contact.optedOutAt).not.toBeNull();

    const confirmation = await db.message.findUniqueOrThrow({ where: { id: BigInt(first.confirmationId!) } });
    expect(confirmation).toMatchObject({
      direction: "outbound",
      status: "queued",
      phone,
      sender: OUR_NUMBER,
      body: "You have been unsubscribed and will receive no more messages. Reply START to resubscribe.",
      conversationId: first.conversationId,
    });
    const job = await getQueue(QUEUES.sendPriority).getJob(
      sendMessageJobId(tenant.org.id, first.confirmationId!),
    );
    expect(job?.data).toEqual({ orgId: tenant.org.id, messageId: first.confirmationId, priority: 1 });

    const stored = await db.message.findUniqueOrThrow({ where: { id: BigInt(first.messageId) } });
    expect(stored).toMatchObject({
      direction: "inbound",
      status: "received",
      body: "  stop ",
      repliesToCampaignId: tenant.campaign.id,
    });
    const campaign = await db.campaign.findUniqueOrThrow({ where: { id: tenant.campaign.id } });
    expect(campaign).toMatchObject({ repliedCount: 1, optedOutCount: 1 });

    // A second STOP: stored, but no second confirmation and no double count.
    const again = await inbound(tenant.org.id, phone, "STOP");
    expect(again.confirmationId).toBeNull();
    expect(await db.campaign.findUniqueOrThrow({ where: { id: tenant.campaign.id } })).toMatchObject({
      repliedCount: 1,
      optedOutCount: 1,
    });
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: first.conversationId } });
    expect(conversation).toMatchObject({
      unreadCount: 2,
      lastMessagePreview: "STOP",
      lastCampaignId: tenant.campaign.id,
    });
  });

  it("opts back in on START and answers HELP with the organization's text", async () => {
    const tenant = await tenantWithCampaign();
    const phone = "+4915100000002";
    await inbound(tenant.org.id, phone, "QUIT");
    const back = await inbound(tenant.org.id, phone, "Start");
    expect(back.keyword).toBe("opt_in");
    expect((await db.contact.findFirstOrThrow({ where: { orgId: tenant.org.id, phone } })).optedOut).toBe(
      false,
    );
    const optIn = await db.message.findUniqueOrThrow({ where: { id: BigInt(back.confirmationId!) } });
    expect(optIn.body).toBe("You are subscribed again. Reply STOP to opt out.");

    await db.organization.update({
      where: { id: tenant.org.id },
      data: { helpText: "Relay Shop: help at shop.example" },
    });
    const help = await inbound(tenant.org.id, phone, "help");
    const answer = await db.message.findUniqueOrThrow({ where: { id: BigInt(help.confirmationId!) } });
    expect(answer.body).toBe("Relay Shop: help at shop.example");
  });

  it("makes an unknown number a contact and keeps an ordinary reply for a person", async () => {
    const tenant = await tenantWithCampaign();
    const before = (await db.organization.findUniqueOrThrow({ where: { id: tenant.org.id } })).contactCount;
    const result = await inbound(tenant.org.id, "+4917600000009", "Please stop sending these on Sundays");
    expect(result.keyword).toBeNull();
    expect(result.confirmationId).toBeNull();
    const contact = await db.contact.findUniqueOrThrow({ where: { id: BigInt(result.contactId) } });
    expect(contact).toMatchObject({ phone: "+4917600000009", optedOut: false });
    expect((await db.organization.findUniqueOrThrow({ where: { id: tenant.org.id } })).contactCount).toBe(
      before + 1,
    );
    const stored = await db.message.findUniqueOrThrow({ where: { id: BigInt(result.messageId) } });
    expect(stored.repliesToCampaignId).toBeNull();
  });

  it("stores an unreadable message with its reason and acts on nothing in it", async () => {
    const tenant = await tenantWithCampaign();
    const result = await inbound(tenant.org.id, "+4915100000003", "", "Unknown data_coding 0x05.");
    expect(result.keyword).toBeNull();
    const stored = await db.message.findUniqueOrThrow({ where: { id: BigInt(result.messageId) } });
    expect(stored).toMatchObject({ status: "received", errorReason: "Unknown data_coding 0x05." });
  });

  it("uses the organization's own keyword lists", async () => {
    const tenant = await tenantWithCampaign();
    await db.organization.update({
      where: { id: tenant.org.id },
      data: { optOutKeywords: ["ABMELDEN"], optInKeywords: ["ANMELDEN"], helpKeywords: ["HILFE"] },
    });
    expect((await inbound(tenant.org.id, "+4915100000001", "stop")).keyword).toBeNull();
    expect((await inbound(tenant.org.id, "+4915100000001", "Abmelden")).keyword).toBe("opt_out");
  });
});
