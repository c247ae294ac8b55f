import { afterAll, describe, expect, it } from "vitest";
import { POST as cancelRoute } from "@/app/api/v1/campaigns/[id]/cancel/route";
import { POST as pauseRoute } from "@/app/api/v1/campaigns/[id]/pause/route";
import { POST as resumeRoute } from "@/app/api/v1/campaigns/[id]/resume/route";
import { GET as getCampaignRoute } from "@/app/api/v1/campaigns/[id]/route";
import { POST as scheduleRoute } from "@/app/api/v1/campaigns/[id]/schedule/route";
import { POST as sendRoute } from "@/app/api/v1/campaigns/[id]/send/route";
import { GET as listCampaignsRoute, POST as createCampaignRoute } from "@/app/api/v1/campaigns/route";
import { createApiKey } from "@/lib/auth";
import { getQueue, QUEUES } from "@/lib/queue";
import { callApi } from "./helpers/api-requests";
import { makeSendingOrg } from "./helpers/campaign-fixtures";

afterAll(async () => {
  // No worker runs here: drop the start jobs these tests enqueued.
  await getQueue(QUEUES.campaigns).obliterate({ force: true });
});

async function makeTenant() {
  const tenant = await makeSendingOrg({ port: 2775, recipients: 3 });
  const { secret } = await createApiKey({
    orgId: tenant.org.id,
    role: "owner",
    userId: tenant.user.id,
    name: "t",
  });
  const draft = {
    name: "Spring sale",
    senderId: "Relay",
    listIds: [tenant.list.id],
    body: "Hi {{firstName}}!",
    connectorId: tenant.connector.id,
  };
  return { ...tenant, secret, draft };
}

const ACTIONS = {
  schedule: scheduleRoute,
  send: sendRoute,
  pause: pauseRoute,
  resume: resumeRoute,
  cancel: cancelRoute,
};

function act(secret: string, id: string, action: keyof typeof ACTIONS) {
  return callApi(ACTIONS[action], {
    method: "POST",
    path: `/api/v1/campaigns/${id}/${action}`,
    key: secret,
    params: { id },
  });
}

describe("campaigns over the REST API", () => {
  it("creates a draft and reads it back", async () => {
    const { secret, draft, list, connector } = await makeTenant();
    const created = await callApi(createCampaignRoute, {
      path: "/api/v1/campaigns",
      key: secret,
      body: draft,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Spring sale", status: "draft", senderId: "Relay" });
    const id = created.body.id as string;
    const read = await callApi(getCampaignRoute, {
      path: `/api/v1/campaigns/${id}`,
      key: secret,
      params: { id },
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id,
      status: "draft",
      lists: [{ id: list.id, name: "Audience" }],
      connector: { id: connector.id },
    });
  });

  it("names the field of each problem in a new campaign", async () => {
    const { secret, draft } = await makeTenant();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...draft, senderId: "Far too long name" }, "senderId"],
      [{ ...draft, listIds: [] }, "listIds"],
      [{ ...draft, body: "Hi {{nope}}" }, "body"],
      [{ ...draft, schedule: { date: "2030-01-01", time: "25:00", timeZone: "UTC" } }, "schedule.time"],
      [{ ...draft, colour: "red" }, "colour"],
      [{ ...draft, connectorId: 7 }, "connectorId"],
    ];
    for (const [body, field] of cases) {
      const answer = await callApi(createCampaignRoute, { path: "/api/v1/campaigns", key: secret, body });
      expect(answer.status, field).toBe(422);
      expect(answer.body.error?.field, field).toBe(field);
    }
  });

  it("moves through the state machine, answering 409 for illegal moves", async () => {
    const { secret, draft } = await makeTenant();
    const created = await callApi(createCampaignRoute, {
      path: "/api/v1/campaigns",
      key: secret,
      body: draft,
    });
    const id = created.body.id as string;

    const pauseDraft = await act(secret, id, "pause");
    expect(pauseDraft.status).toBe(409);
    expect(pauseDraft.body.error).toEqual({
      code: "conflict",
      message: "A draft campaign cannot be paused.",
    });

    const noTime = await act(secret, id, "schedule");
    expect(noTime.status).toBe(422);
    expect(noTime.body.error?.field).toBe("schedule");

    expect((await act(secret, id, "send")).body.status).toBe("running");
    expect((await act(secret, id, "pause")).body.status).toBe("paused");
    expect((await act(secret, id, "pause")).status).toBe(409);
    expect((await act(secret, id, "resume")).body.status).toBe("running");
    const cancelled = await act(secret, id, "cancel");
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe("cancelled");
    const resumeCancelled = await act(secret, id, "resume");
    expect(resumeCancelled.status).toBe(409);
    expect(resumeCancelled.body.error?.code).toBe("conflict");
  });

  it("schedules a campaign created with a send time; a cancelled one cannot be scheduled", async () => {
    const { secret, draft } = await makeTenant();
    const created = await callApi(createCampaignRoute, {
      path: "/api/v1/campaigns",
      key: secret,
      body: { ...draft, schedule: { date: "2030-06-01", time: "09:30", timeZone: "Europe/Berlin" } },
    });
    const id = created.body.id as string;
    const scheduled = await act(secret, id, "schedule");
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({ status: "scheduled", scheduledAt: "2030-06-01T07:30:00.000Z" });
    // Scheduling again is a re-schedule to the saved time (the state machine allows it).
    expect((await act(secret, id, "schedule")).body.status).toBe("scheduled");
    expect((await act(secret, id, "cancel")).body.status).toBe("cancelled");
    const again = await act(secret, id, "schedule");
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toBe("A cancelled campaign cannot be scheduled.");
  });

  it("answers 404 for another organization's campaign, whatever the action", async () => {
    const mine = await makeTenant();
    const theirs = await makeTenant();
    const created = await callApi(createCampaignRoute, {
      path: "/api/v1/campaigns",
      key: theirs.secret,
      body: theirs.draft,
    });
    const id = created.body.id as string;
    for (const action of Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]) {
      expect((await act(mine.secret, id, action)).status, action).toBe(404);
    }
    const read = await callApi(getCampaignRoute, {
      path: `/api/v1/campaigns/${id}`,
      key: mine.secret,
      params: { id },
    });
    expect(read.status).toBe(404);
  });

  it("lists campaigns newest first with a cursor across pages", async () => {
    const { secret, draft } = await makeTenant();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const created = await callApi(createCampaignRoute, {
        path: "/api/v1/campaigns",
        key: secret,
        body: { ...draft, name: `Campaign ${i}` },
      });
      ids.push(created.body.id as string);
    }
    const first = await callApi(listCampaignsRoute, { path: "/api/v1/campaigns?limit=2", key: secret });
    expect(first.body.data!.map((c) => c.id)).toEqual([ids[4], ids[3]]);
    const second = await callApi(listCampaignsRoute, {
      path: `/api/v1/campaigns?limit=2&cursor=${first.body.nextCursor}`,
      key: secret,
    });
    expect(second.body.data!.map((c) => c.id)).toEqual([ids[2], ids[1]]);
    const third = await callApi(listCampaignsRoute, {
      path: `/api/v1/campaigns?limit=2&cursor=${second.body.nextCursor}`,
      key: secret,
    });
    expect(third.body).toMatchObject({ data: [{ id: ids[0] }], nextCursor: null });
    const bad = await callApi(listCampaignsRoute, { path: "/api/v1/campaigns?limit=101", key: secret });
    expect(bad.status).toBe(422);
    expect(bad.body.error?.field).toBe("limit");
  });
});
