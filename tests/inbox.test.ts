import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import {
  getConversation,
  listConversationMessages,
  listConversations,
  listReplyCampaigns,
  markConversationRead,
  markConversationUnread,
  receiveInboundMessage,
  sendMessageJobId,
  sendReply,
  type ListConversationsInput,
} from "@/lib/messaging";
import { closeQueues, getQueue, QUEUES } from "@/lib/queue";
import { insertContact } from "./helpers/contact-factories";
import { makeOrganization } from "./helpers/factories";

/** Our number the contacts write to. */
const OUR_NUMBER = "+4915199990000";
/** Outbound messages these tests queued; their `send-message` jobs are removed at the end (no worker runs here). */
const queuedJobIds: string[] = [];

afterAll(async () => {
  const queue = getQueue(QUEUES.sendPriority);
  for (const id of queuedJobIds) await (await queue.getJob(id))?.remove();
  await closeQueues();
});

async function inbound(orgId: string, from: string, text: string, to = OUR_NUMBER) {
  const result = await receiveInboundMessage({ orgId, from, to, text, problem: null });
  if (result.confirmationId) queuedJobIds.push(sendMessageJobId(orgId, result.confirmationId));
  return result;
}

async function reply(orgId: string, conversationId: string, body: string) {
  const message = await sendReply({ orgId, conversationId, body });
  queuedJobIds.push(sendMessageJobId(orgId, message.id));
  return message;
}

/** A sent campaign whose message reached `phone`, so the contact's next inbound message answers it. */
async function campaignSentTo(orgId: string, phone: string, name: string) {
  const campaign = await db.campaign.create({
    data: { orgId, name, senderId: "Relay", body: "Spring sale!", status: "completed" },
  });
  const contact = await db.contact.upsert({
    where: { orgId_phone: { orgId, phone } },
    create: { orgId, phone },
    update: {},
  });
  await db.message.create({
    data: {
      orgId,
      campaignId: campaign.id,
      contactId: contact.id,
      direction: "outbound",
      status: "delivered",
      phone,
      sender: "Relay",
      body: "Spring sale!",
    },
  });
  return campaign;
}

/** Follows nextCursor to the end; returns the conversation ids in the order seen. */
async function walk(options: ListConversationsInput): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page = await listConversations({ ...options, cursor });
    seen.push(...page.conversations.map((conversation) => conversation.id));
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error("paging did not end");
}

const phone = (n: number) => `+4917000${String(n).padStart(5, "0")}`;

describe("listConversations", () => {
  it("lists the latest message first and pages by keyset without gaps or repeats, ties included", async () => {
    const { org } = await makeOrganization();
    const ids: string[] = [];
    for (let i = 1; i <= 23; i++) ids.push((await inbound(org.id, phone(i), `Hello ${i}`)).conversationId);
    // Three conversations share each moment, so the id has to break the ties.
    const base = Date.parse("2026-03-01T12:00:00.000Z");
    for (const [index, id] of ids.entries()) {
      await db.conversation.update({
        where: { id },
        data: { lastMessageAt: new Date(base + Math.floor(index / 3) * 60_000) },
      });
    }
    const expected = await db.conversation.findMany({
      where: { orgId: org.id },
      orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });

    const seen = await walk({ orgId: org.id, limit: 4 });
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    expect(seen).toEqual(expected.map((row) => row.id));

    // A new message brings its conversation to the top.
    await inbound(org.id, phone(1), "Me again");
    const first = await listConversations({ orgId: org.id, limit: 1 });
    expect(first.conversations[0]).toMatchObject({
      id: ids[0],
      lastMessagePreview: "Me again",
      unreadCount: 2,
    });
  });

  it("shows the contact's name, phone and opt-out, the preview, and the campaign answered", async () => {
    const { org } = await makeOrganization();
    await insertContact({ orgId: org.id, phone: "+4915100000001", firstName: "Anna", lastName: "Meyer" });
    const campaign = await campaignSentTo(org.id, "+4915100000001", "Spring sale");
    const { conversationId, contactId } = await inbound(org.id, "+4915100000001", "Is it still on?");
    await inbound(org.id, "+4915100000002", "STOP");

    const { conversations } = await listConversations({ orgId: org.id });
    expect(conversations.map((c) => c.contact.phone)).toEqual(["+4915100000002", "+4915100000001"]);
    expect(conversations[0]).toMatchObject({
      contact: { firstName: null, lastName: null, optedOut: true },
      lastMessagePreview: "STOP",
      campaign: null,
    });
    expect(conversations[1]).toEqual({
      id: conversationId,
      contact: {
        id: contactId,
        phone: "+4915100000001",
        firstName: "Anna",
        lastName: "Meyer",
        optedOut: false,
      },
      lastMessageAt: expect.any(Date),
      lastMessagePreview: "Is it still on?",
      unreadCount: 1,
      campaign: { id: campaign.id, name: "Spring sale" },
    });
    expect(await getConversation({ orgId: org.id, conversationId })).toMatchObject({
      id: conversationId,
      campaign: { id: campaign.id, name: "Spring sale" },
      replyFrom: OUR_NUMBER,
    });
  });

  it("filters unread conversations and those answering one campaign", async () => {
    const { org } = await makeOrganization();
    const spring = await campaignSentTo(org.id, phone(1), "Spring");
    await campaignSentTo(org.id, phone(2), "Spring too"); // sent, never answered
    const autumn = await campaignSentTo(org.id, phone(3), "Autumn");
    await db.campaign.update({
      where: { id: autumn.id },
      data: { createdAt: new Date(Date.now() + 60_000) },
    });
    const a = await inbound(org.id, phone(1), "Yes");
    const b = await inbound(org.id, phone(3), "No");
    const c = await inbound(org.id, phone(4), "Who is this?");
    await markConversationRead({ orgId: org.id, conversationId: b.conversationId });

    expect(await walk({ orgId: org.id, unread: true, limit: 1 })).toEqual([
      c.conversationId,
      a.conversationId,
    ]);
    expect(await walk({ orgId: org.id, unread: false })).toEqual([b.conversationId]);
    expect(await walk({ orgId: org.id, campaignId: spring.id })).toEqual([a.conversationId]);
    expect(await walk({ orgId: org.id, campaignId: autumn.id, unread: true })).toEqual([]);
    expect(await listReplyCampaigns({ orgId: org.id })).toEqual([
      { id: autumn.id, name: "Autumn" },
      { id: spring.id, name: "Spring" },
    ]);
  });

  it("finds conversations by part of the phone number or the contact's name", async () => {
    const { org } = await makeOrganization();
    await insertContact({ orgId: org.id, phone: "+4915112345678", firstName: "Anna", lastName: "Meyer" });
    await insertContact({ orgId: org.id, phone: "+4915187654321", firstName: "Li", lastName: "Wei" });
    await insertContact({ orgId: org.id, phone: "+4415100000000", firstName: "Bob", lastName: "Meyerhof" });
    const anna = await inbound(org.id, "+4915112345678", "Hi");
    const li = await inbound(org.id, "+4915187654321", "Hello");
    const bob = await inbound(org.id, "+4415100000000", "Hey");
    // A contact without a conversation is never listed.
    await insertContact({ orgId: org.id, phone: "+4915199999999", firstName: "Anna", lastName: "Silent" });

    const search = (term: string) => walk({ orgId: org.id, search: term, limit: 1 });
    expect(await search("meyer")).toEqual([bob.conversationId, anna.conversationId]);
    expect(await search("ANNA")).toEqual([anna.conversationId]);
    expect(await search("+49 151 123-45")).toEqual([anna.conversationId]);
    expect(await search("654")).toEqual([li.conversationId]);
    expect(await search("li")).toEqual([li.conversationId]);
    expect(await search("44")).toEqual([bob.conversationId]);
    expect(await search("100%")).toEqual([]);
    expect(await search("  ")).toEqual([bob.conversationId, li.conversationId, anna.conversationId]);
  });

  it("refuses a cursor it did not make", async () => {
    const { org } = await makeOrganization();
    await expect(listConversations({ orgId: org.id, cursor: "not-a-cursor" })).rejects.toMatchObject({
      constructor: ValidationError,
      field: "cursor",
    });
  });
});

describe("a conversation's messages", () => {
  it("pages newest first by id through both directions, with campaign and status", async () => {
    const { org } = await makeOrganization();
    const campaign = await campaignSentTo(org.id, phone(7), "Launch");
    const first = await inbound(org.id, phone(7), "Tell me more");
    const { conversationId } = first;
    const answer = await reply(org.id, conversationId, "It starts Monday.");
    const help = await inbound(org.id, phone(7), "HELP");
    const thanks = await inbound(org.id, phone(7), "Thanks");
    const last = await reply(org.id, conversationId, "You're welcome!");

    const pages: string[][] = [];
    let before: string | null = null;
    do {
      const page = await listConversationMessages({ orgId: org.id, conversationId, before, limit: 2 });
      pages.push(page.messages.map((message) => message.body));
      before = page.nextBefore;
    } while (before);
    expect(pages).toEqual([
      ["You're welcome!", "Thanks"],
      ["Reply STOP to opt out. Msg&data rates may apply.", "HELP"],
      ["It starts Monday.", "Tell me more"],
    ]);

    const { messages } = await listConversationMessages({ orgId: org.id, conversationId });
    expect(messages.map((message) => message.id)).toEqual([
      last.id,
      thanks.messageId,
      help.confirmationId,
      help.messageId,
      answer.id,
      first.messageId,
    ]);
    expect(messages.at(-1)).toMatchObject({
      direction: "inbound",
      status: "received",
      sender: OUR_NUMBER,
      campaign: { id: campaign.id, name: "Launch" },
      automatic: false,
    });
    expect(messages[0]).toMatchObject({
      direction: "outbound",
      status: "queued",
      sender: OUR_NUMBER,
      errorReason: null,
      campaign: null,
      automatic: false,
    });
    expect(messages.find((message) => message.id === help.confirmationId)).toMatchObject({
      direction: "outbound",
      automatic: true,
    });
  });

  it("shows why an outbound message failed", async () => {
    const { org } = await makeOrganization();
    const { conversationId } = await inbound(org.id, phone(8), "Hi");
    const sent = await reply(org.id, conversationId, "Hello back");
    await db.message.update({
      where: { id: BigInt(sent.id) },
      data: { status: "failed", errorCode: 0x0b, errorReason: "Invalid destination address" },
    });
    const { messages } = await listConversationMessages({ orgId: org.id, conversationId, limit: 1 });
    expect(messages).toEqual([
      expect.objectContaining({ id: sent.id, status: "failed", errorReason: "Invalid destination address" }),
    ]);
  });
});

describe("read and unread", () => {
  it("marks a conversation read, then unread again", async () => {
    const { org } = await makeOrganization();
    const { conversationId } = await inbound(org.id, phone(9), "One");
    await inbound(org.id, phone(9), "Two");
    const unreadCount = async () => (await getConversation({ orgId: org.id, conversationId })).unreadCount;
    expect(await unreadCount()).toBe(2);
    await markConversationRead({ orgId: org.id, conversationId });
    expect(await unreadCount()).toBe(0);
    await markConversationUnread({ orgId: org.id, conversationId });
    expect(await unreadCount()).toBe(1);
    await markConversationUnread({ orgId: org.id, conversationId });
    expect(await unreadCount()).toBe(1);
  });
});

describe("sendReply", () => {
  it("queues the reply from the number the contact wrote to, and enqueues its send-message job", async () => {
    const { org } = await makeOrganization();
    const { conversationId, contactId } = await inbound(
      org.id,
      phone(10),
      "Can I change my order?",
      "+4930123",
    );
    await inbound(org.id, phone(10), "Order 42", "RelayShop");

    const sent = await reply(org.id, conversationId, "  Of course, what would you like?  ");
    expect(sent).toMatchObject({
      direction: "outbound",
      status: "queued",
      body: "Of course, what would you like?",
      sender: "RelayShop",
    });
    const stored = await db.message.findUniqueOrThrow({ where: { id: BigInt(sent.id) } });
    expect(stored).toMatchObject({
      orgId: org.id,
      conversationId,
      contactId: BigInt(contactId),
      campaignId: null,
      direction: "outbound",
      status: "queued",
      phone: phone(10),
      sender: "RelayShop",
      body: "Of course, what would you like?",
    });
    const conversation = await getConversation({ orgId: org.id, conversationId });
    expect(conversation).toMatchObject({
      lastMessagePreview: "Of course, what would you like?",
      lastMessageAt: stored.createdAt,
      unreadCount: 0,
    });

    // A reply is priority traffic: the priority lane, never behind campaign batches.
    const job = await getQueue(QUEUES.sendPriority).getJob(sendMessageJobId(org.id, sent.id));
    expect(job?.name).toBe("send-message");
    expect(job?.data).toEqual({ orgId: org.id, messageId: sent.id, priority: 1 });
  });

  it("replies from our latest outbound sender when the contact never wrote to us", async () => {
    const { org } = await makeOrganization();
    const contactId = await insertContact({ orgId: org.id, phone: phone(11) });
    const conversation = await db.conversation.create({
      data: { orgId: org.id, contactId, lastMessagePreview: "Your code is 1234" },
    });
    await db.message.create({
      data: {
        orgId: org.id,
        contactId,
        conversationId: conversation.id,
        direction: "outbound",
        status: "delivered",
        phone: phone(11),
        sender: "RelayOTP",
        body: "Your code is 1234",
      },
    });
    const sent = await reply(org.id, conversation.id, "Did it work?");
    expect(sent.sender).toBe("RelayOTP");
  });

  it("names the body's problem: empty, or longer than 1,600 characters", async () => {
    const { org } = await makeOrganization();
    const { conversationId } = await inbound(org.id, phone(12), "Hi");
    for (const [body, message] of [
      ["", "Write a reply first."],
      [" \n\t ", "Write a reply first."],
      ["x".repeat(1601), "Keep the reply to 1,600 characters or fewer."],
    ] as const) {
      const attempt = sendReply({ orgId: org.id, conversationId, body });
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toMatchObject({ field: "body", message });
    }
    const longest = await reply(org.id, conversationId, "x".repeat(1600));
    expect(longest.body).toHaveLength(1600);
    expect(await db.message.count({ where: { conversationId, direction: "outbound" } })).toBe(1);
  });

  it("refuses a contact who opted out, and sends again once they reply START", async () => {
    const { org } = await makeOrganization();
    await insertContact({ orgId: org.id, phone: phone(13), firstName: "Ada", lastName: "Byron" });
    const { conversationId } = await inbound(org.id, phone(13), "STOP");
    const outboundBefore = await db.message.count({ where: { conversationId, direction: "outbound" } });

    const attempt = sendReply({ orgId: org.id, conversationId, body: "Sorry to see you go" });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow("Ada Byron opted out; they can reply START to opt back in.");
    expect(await db.message.count({ where: { conversationId, direction: "outbound" } })).toBe(outboundBefore);

    await inbound(org.id, phone(13), "START");
    const sent = await reply(org.id, conversationId, "Welcome back!");
    expect(sent.status).toBe("queued");
  });
});

describe("tenant isolation", () => {
  it("never shows or changes another organization's conversations", async () => {
    const { org } = await makeOrganization();
    const { org: other } = await makeOrganization();
    await insertContact({ orgId: org.id, phone: phone(20), firstName: "Private", lastName: "Person" });
    const campaign = await campaignSentTo(org.id, phone(20), "Ours");
    const { conversationId } = await inbound(org.id, phone(20), "Secret");
    await inbound(other.id, phone(21), "Theirs");

    expect((await walk({ orgId: other.id })).includes(conversationId)).toBe(false);
    expect(await walk({ orgId: other.id, search: "Private" })).toEqual([]);
    expect(await walk({ orgId: other.id, search: "0020" })).toEqual([]);
    expect(await walk({ orgId: other.id, campaignId: campaign.id })).toEqual([]);
    expect(await listReplyCampaigns({ orgId: other.id })).toEqual([]);

    const asOther = { orgId: other.id, conversationId };
    const refusals = [
      getConversation(asOther),
      listConversationMessages(asOther),
      markConversationRead(asOther),
      markConversationUnread(asOther),
      sendReply({ ...asOther, body: "Hello" }),
      getConversation({ orgId: org.id, conversationId: "not-a-uuid" }),
      sendReply({ orgId: org.id, conversationId: "00000000-0000-4000-8000-000000000000", body: "Hi" }),
    ];
    for (const outcome of await Promise.allSettled(refusals)) {
      expect(outcome.status === "rejected" && outcome.reason instanceof NotFoundError).toBe(true);
    }

    const untouched = await getConversation({ orgId: org.id, conversationId });
    expect(untouched.unreadCount).toBe(1);
    expect(await db.message.count({ where: { conversationId } })).toBe(1);
  });
});
