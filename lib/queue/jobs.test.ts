import { describe, expect, it } from "vitest";
import { isJobName, JOBS, parseJobPayload, queueForJob, QUEUES } from "./jobs";

describe("job registry", () => {
  it("puts every job on a declared queue", () => {
    const queues = new Set(Object.values(QUEUES));
    for (const [name, job] of Object.entries(JOBS)) expect(queues.has(job.queue), name).toBe(true);
  });

  it("accepts a valid payload and rejects unknown fields", () => {
    const orgId = "0b6b1f7e-4f7a-4b8e-9a43-2f1b1c9d8e7f";
    const importId = "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f";
    expect(parseJobPayload("import-contacts", { orgId, importId })).toEqual({ orgId, importId });
    expect(() => parseJobPayload("import-contacts", { orgId, importId, extra: 1 })).toThrow();
    expect(() => parseJobPayload("import-contacts", { orgId: "not-a-uuid", importId })).toThrow();
  });

  it("knows its job names", () => {
    expect(isJobName("send-batch")).toBe(true);
    expect(isJobName("toString")).toBe(false);
  });

  it("sends single messages of priority 1 and up through the priority lane", () => {
    const orgId = "0b6b1f7e-4f7a-4b8e-9a43-2f1b1c9d8e7f";
    expect(queueForJob("send-message", { orgId, messageId: "1", priority: 1 })).toBe(QUEUES.sendPriority);
    expect(queueForJob("send-message", { orgId, messageId: "1", priority: 0 })).toBe(QUEUES.send);
    expect(
      queueForJob("send-batch", { orgId, campaignId: orgId, firstMessageId: "1", lastMessageId: "2" }),
    ).toBe(QUEUES.send);
    // A job enqueued before the lanes existed was a reply or a confirmation.
    expect(parseJobPayload("send-message", { orgId, messageId: "7" })).toEqual({
      orgId,
      messageId: "7",
      priority: 1,
    });
  });
});
