import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOne } from "@/app/api/v1/messages/[id]/route";
import { GET as list, POST as send } from "@/app/api/v1/messages/route";
import { createApiKey } from "@/lib/auth";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { createApiMessage, type ApiMessage } from "@/lib/messaging";
import { getQueue, QUEUES } from "@/lib/queue";
import { createTemplate } from "@/lib/templates";
import { startWorker, type RunningWorker } from "@/worker/start-worker";
import type { SmscSimulator } from "@/worker/smsc-simulator/simulator";
import { makeSendingOrg, startSimulator, until } from "./helpers/campaign-fixtures";

let worker: RunningWorker;
const simulators: SmscSimulator[] = [];

beforeAll(async () => {
  worker = await startWorker(logger.child({ test: "api-messages" }));
});
afterAll(async () => {
  await worker.stop();
  await Promise.all(simulators.map((simulator) => simulator.close()));
  // Scheduled far ahead on purpose (the list tests): nothing should fire in a later run.
  for (const queue of [QUEUES.send, QUEUES.sendPriority]) await getQueue(queue).obliterate({ force: true });
});

/**
 * An organization with a connector to its own simulator (which sends receipts to any bind of
 * its account: one per tenant keeps each tenant's receipts on its own binds), three contacts
 * (+4915100000001…) and an API key.
 */
async function makeApiTenant() {
  const { simulator, port } = await startSimulator({ receipts: { delayMs: 50 } });
  simulators.push(simulator);
  const tenant = await makeSendingOrg({ port, recipients: 3 });
  const { apiKey, secret } = await createApiKey({
    orgId: tenant.org.id,
    userId: tenant.user.id,
    role: "owner",
    name: "Tests",
  });
  return { ...tenant, simulator, apiKey, secret };
}

function post(secret: string, body: unknown, idempotencyKey?: string): Promise<Response> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${secret}`,
    "content-type": "application/json",
  };
  if (idempotencyKey) headers["idempotency-key"] = idempotencyKey;
  return send(
    new Request("http://localhost/api/v1/messages", { method: "POST", headers, body: JSON.stringify(body) }),
    { params: Promise.resolve({}) },
  );
}

function fetchMessage(secret: string, id: string): Promise<Response> {
  return getOne(
    new Request(`http://localhost/api/v1/messages/${id}`, { headers: { authorization: `Bearer ${secret}` } }),
    { params: Promise.resolve({ id }) },
  );
}

function listPage(secret: string, query: Record<string, string>): Promise<Response> {
  const url = `http://localhost/api/v1/messages?${new URLSearchParams(query).toString()}`;
  return list(new Request(url, { headers: { authorization: `Bearer ${secret}` } }), {
    params: Promise.resolve({}),
  });
}

async function messageStatus(secret: string, id: string): Promise<ApiMessage> {
  const response = await fetchMessage(secret, id);
  expect(response.status).toBe(200);
  return (await response.json()) as ApiMessage;
}

/** A unique German mobile number that is no contact of any test organization. */
function freshNumber(): string {
  return `+49160${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
}

describe("POST /api/v1/messages", () => {
  it("accepts with 202, and a retry with the same Idempotency-Key returns the same message and sends once", async () => {
    const tenant = await makeApiTenant();
    const to = freshNumber();
    const body = { to, from: "Relay", text: "Your code is 482913", clientReference: "otp-1" };
    const key = randomUUID();

    const first = await post(tenant.secret, body, key);
    expect(first.status).toBe(202);
    const accepted = (await first.json()) as ApiMessage;
    expect(accepted).toMatchObject({
      to,
      from: "Relay",
      text: "Your code is 482913",
      status: "queued",
      segments: 1,
      encoding: "GSM-7",
      priority: "high",
      clientReference: "otp-1",
      campaignId: null,
      scheduledAt: null,
    });
    const retry = await post(tenant.secret, body, key);
    expect(retry.status).toBe(202);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(((await retry.json()) as ApiMessage).id).toBe(accepted.id);

    await until(
      () => messageStatus(tenant.secret, accepted.id),
      (message) => message.status === "delivered",
      20_000,
      "delivered",
    );
    expect(tenant.simulator.messagesByDestination().get(to.slice(1))).toBe(1);
    expect(await db.message.count({ where: { orgId: tenant.org.id, phone: to } })).toBe(1);
  });

  it("sends once when a request died after creating its message but before its answer was stored", async () => {
    const tenant = await makeApiTenant();
    const to = freshNumber();
    const body = { to, from: "Relay", text: "Your code is 771204" };
    const key = randomUUID();
    const first = (await (await post(tenant.secret, body, key)).json()) as ApiMessage;
    // What a request killed between the message and its stored answer leaves: the key still
    // "running", abandoned for longer than the wrapper's lock, so a retry may run again.
    await db.idempotencyKey.update({
      where: { orgId_key: { orgId: tenant.org.id, key } },
      data: {
        state: "running",
        responseStatus: null,
        responseBody: null,
        createdAt: new Date(Date.now() - 120_000),
      },
    });

    const retry = await post(tenant.secret, body, key);
    expect(retry.status).toBe(202);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
    expect(((await retry.json()) as ApiMessage).id).toBe(first.id);
    await until(
      () => messageStatus(tenant.secret, first.id),
      (message) => message.status === "delivered",
      20_000,
      "delivered",
    );
    expect(await db.message.count({ where: { orgId: tenant.org.id, phone: to } })).toBe(1);
    expect(tenant.simulator.messagesByDestination().get(to.slice(1))).toBe(1);
  });

  it("reaches submitted then delivered, linked to the contact with that number, and measures the text", async () => {
    const tenant = await makeApiTenant();
    // The organization's default country (DE) reads a national number.
    const response = await post(tenant.secret, {
      to: "0151 00000002",
      from: "4915799999999",
      text: "Grüße – €5 ✓",
    });
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as ApiMessage;
    expect(accepted).toMatchObject({ to: "+4915100000002", encoding: "UCS-2", segments: 1 });
    const delivered = await until(
      () => messageStatus(tenant.secret, accepted.id),
      (message) => message.status === "delivered",
      20_000,
      "delivered",
    );
    expect(delivered.submittedAt).not.toBeNull();
    expect(delivered.finalAt).not.toBeNull();
    const stored = await db.message.findUniqueOrThrow({ where: { id: BigInt(accepted.id) } });
    expect(stored.contactId).toBe(tenant.contactIds[1]);
    expect(stored.apiKeyId).toBe(tenant.apiKey.id);
    expect(stored.smscMessageId).toBeTruthy();
  });

  it("renders a saved template with the request's variables", async () => {
    const tenant = await makeApiTenant();
    await db.contactField.create({ data: { orgId: tenant.org.id, name: "code" } });
    const template = await createTemplate({
      orgId: tenant.org.id,
      name: "OTP",
      body: "Hi {{firstName}}, your code is {{fields.code}}.",
    });
    const response = await post(tenant.secret, {
      to: freshNumber(),
      from: "Relay",
      templateId: template.id,
      variables: { firstName: "Ann", code: 731904 },
    });
    expect(response.status).toBe(202);
    expect(((await response.json()) as ApiMessage).text).toBe("Hi Ann, your code is 731904.");

    const missing = await post(tenant.secret, {
      to: freshNumber(),
      from: "Relay",
      templateId: template.id,
      variables: { firstName: "Ann" },
    });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({
      error: {
        code: "validation_failed",
        message: "The template needs the variable code.",
        field: "variables",
      },
    });
  });

  it("names the field of each bad request and sends nothing", async () => {
    const tenant = await makeApiTenant();
    const template = await createTemplate({ orgId: tenant.org.id, name: "Plain", body: "Hello" });
    const cases: Array<[unknown, string, RegExp]> = [
      [{ to: "12", from: "Relay", text: "Hi" }, "to", /./],
      [{ to: freshNumber(), from: "Relay", text: "Hi", templateId: template.id }, "templateId", /not both/],
      [{ to: freshNumber(), from: "Relay" }, "text", /text, or a templateId/],
      [{ to: freshNumber(), from: "Relay", text: "Hi", colour: "red" }, "colour", /Unknown field/],
      [{ to: freshNumber(), from: "Relay", text: "Hi", variables: { a: "b" } }, "variables", /templateId/],
      [{ to: freshNumber(), from: "Far too long sender", text: "Hi" }, "from", /at most 11/],
      [{ to: freshNumber(), from: "Relay", text: "x".repeat(1601) }, "text", /1600/],
      [
        { to: freshNumber(), from: "Relay", text: "Hi", clientReference: "r".repeat(129) },
        "clientReference",
        /128/,
      ],
      [{ to: freshNumber(), from: "Relay", text: "Hi", priority: "urgent" }, "priority", /./],
      [
        {
          to: freshNumber(),
          from: "Relay",
          text: "Hi",
          scheduledAt: new Date(Date.now() - 60_000).toISOString(),
        },
        "scheduledAt",
        /future/,
      ],
      [
        {
          to: freshNumber(),
          from: "Relay",
          text: "Hi",
          scheduledAt: new Date(Date.now() + 31 * 86_400_000).toISOString(),
        },
        "scheduledAt",
        /30 days/,
      ],
      [{ to: freshNumber(), from: "Relay", text: "Hi", scheduledAt: "tomorrow" }, "scheduledAt", /ISO 8601/],
    ];
    for (const [body, field, message] of cases) {
      const response = await post(tenant.secret, body);
      const answer = (await response.json()) as { error: { code: string; message: string; field?: string } };
      expect({ status: response.status, field: answer.error.field }, JSON.stringify(body)).toEqual({
        status: 422,
        field,
      });
      expect(answer.error.message).toMatch(message);
    }
    expect(await db.message.count({ where: { orgId: tenant.org.id } })).toBe(0);
  });

  it("refuses a recipient who opted out with recipient_opted_out", async () => {
    const tenant = await makeApiTenant();
    await db.contact.update({ where: { id: tenant.contactIds[0]! }, data: { optedOut: true } });
    const response = await post(tenant.secret, { to: "+4915100000001", from: "Relay", text: "Hi" });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("recipient_opted_out");
    expect(await db.message.count({ where: { orgId: tenant.org.id } })).toBe(0);
  });

  it("skips a message whose number opted out after it was accepted, though it had no contact then", async () => {
    const tenant = await makeApiTenant();
    const to = freshNumber();
    const scheduledAt = new Date(Date.now() + 1_500).toISOString();
    const response = await post(tenant.secret, { to, from: "Relay", text: "Promo", scheduledAt });
    const accepted = (await response.json()) as ApiMessage;
    // The number writes STOP meanwhile: it becomes an opted-out contact.
    await db.contact.create({
      data: { orgId: tenant.org.id, phone: to, optedOut: true, optedOutAt: new Date() },
    });
    const skipped = await until(
      () => messageStatus(tenant.secret, accepted.id),
      (message) => message.status !== "queued",
      15_000,
      "handled at its time",
    );
    expect(skipped).toMatchObject({ status: "skipped", errorReason: "The contact opted out." });
    expect(tenant.simulator.messagesByDestination().get(to.slice(1))).toBeUndefined();
  });

  it("holds a scheduled message until its time, then sends it", async () => {
    const tenant = await makeApiTenant();
    const to = freshNumber();
    const scheduledAt = new Date(Date.now() + 2_500);
    const response = await post(tenant.secret, {
      to,
      from: "Relay",
      text: "Later",
      scheduledAt: scheduledAt.toISOString(),
    });
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as ApiMessage;
    expect(new Date(accepted.scheduledAt!).getTime()).toBe(scheduledAt.getTime());
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await messageStatus(tenant.secret, accepted.id)).status).toBe("queued");
    expect(tenant.simulator.messagesByDestination().get(to.slice(1))).toBeUndefined();
    const sent = await until(
      () => messageStatus(tenant.secret, accepted.id),
      (message) => message.status === "submitted" || message.status === "delivered",
      15_000,
      "sent after its time",
    );
    expect(new Date(sent.submittedAt!).getTime()).toBeGreaterThanOrEqual(scheduledAt.getTime());
    expect(tenant.simulator.messagesByDestination().get(to.slice(1))).toBe(1);
  });
});

describe("GET /api/v1/messages", () => {
  it("pages newest first across pages with filters, without gaps or repeats", async () => {
    const tenant = await makeApiTenant();
    // Scheduled a day ahead, so they stay queued while the test reads them.
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const created: ApiMessage[] = [];
    for (let i = 0; i < 7; i++) {
      created.push(
        await createApiMessage({
          orgId: tenant.org.id,
          apiKeyId: tenant.apiKey.id,
          to: i < 5 ? "+4915100000003" : freshNumber(),
          from: "Relay",
          text: `Message ${i}`,
          clientReference: i % 2 === 0 ? "even" : "odd",
          scheduledAt: later,
        }),
      );
    }
    const newestFirst = created.map((message) => message.id).reverse();

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await listPage(tenant.secret, { limit: "3", ...(cursor ? { cursor } : {}) });
      expect(response.status).toBe(200);
      const page = (await response.json()) as { data: ApiMessage[]; nextCursor: string | null };
      seen.push(...page.data.map((message) => message.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(newestFirst);

    const byNumber: string[] = [];
    cursor = null;
    do {
      // The filter's number is read like the recipient's: national format with the default country.
      const query: Record<string, string> = { limit: "2", to: "0151 00000003", clientReference: "even" };
      const response = await listPage(tenant.secret, cursor ? { ...query, cursor } : query);
      const page = (await response.json()) as { data: ApiMessage[]; nextCursor: string | null };
      byNumber.push(...page.data.map((message) => message.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(byNumber).toEqual([created[4]!.id, created[2]!.id, created[0]!.id]);

    const queued = (await (await listPage(tenant.secret, { status: "queued" })).json()) as {
      data: ApiMessage[];
    };
    expect(queued.data).toHaveLength(7);
    const delivered = (await (await listPage(tenant.secret, { status: "delivered" })).json()) as {
      data: ApiMessage[];
    };
    expect(delivered.data).toEqual([]);
    const future = (await (
      await listPage(tenant.secret, { createdFrom: new Date(Date.now() + 60_000).toISOString() })
    ).json()) as { data: ApiMessage[] };
    expect(future.data).toEqual([]);
    const window = (await (
      await listPage(tenant.secret, {
        createdFrom: new Date(created[0]!.createdAt).toISOString(),
        createdTo: new Date(Date.now() + 1_000).toISOString(),
      })
    ).json()) as { data: ApiMessage[] };
    expect(window.data).toHaveLength(7);

    const badCursor = await listPage(tenant.secret, { cursor: "not-a-cursor" });
    expect(badCursor.status).toBe(422);
    expect(((await badCursor.json()) as { error: { field: string } }).error.field).toBe("cursor");
    const badFilter = await listPage(tenant.secret, { status: "lost" });
    expect(badFilter.status).toBe(422);
  });

  it("never shows another organization's message: 404 by id, absent from lists", async () => {
    const owner = await makeApiTenant();
    const other = await makeApiTenant();
    const message = await createApiMessage({
      orgId: owner.org.id,
      apiKeyId: owner.apiKey.id,
      to: freshNumber(),
      from: "Relay",
      text: "Private",
      scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect((await fetchMessage(owner.secret, message.id)).status).toBe(200);
    const foreign = await fetchMessage(other.secret, message.id);
    expect(foreign.status).toBe(404);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe("not_found");
    expect((await fetchMessage(other.secret, "not-an-id")).status).toBe(404);
    const page = (await (await listPage(other.secret, {})).json()) as { data: ApiMessage[] };
    expect(page.data).toEqual([]);
  });
});
