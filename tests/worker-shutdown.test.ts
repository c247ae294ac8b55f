import { afterEach, describe, expect, it } from "vitest";
import { logger } from "@/lib/logger";
import { enqueueJob, getQueue, QUEUES } from "@/lib/queue";
import { JOB_HANDLERS } from "@/worker/jobs/registry";
import { startWorker } from "@/worker/start-worker";

// A stand-in job with no schedule of its own, so only the job enqueued here runs.
const payload = { orgId: "0b6b1f7e-4f7a-4b8e-9a43-2f1b1c9d8e7f", importId: crypto.randomUUID() };
const importContacts = JOB_HANDLERS["import-contacts"];

afterEach(() => {
  JOB_HANDLERS["import-contacts"] = importContacts;
});

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("worker shutdown", () => {
  it("lets a job that is running finish before it stops", async () => {
    let started = false;
    let finished = false;
    JOB_HANDLERS["import-contacts"] = async () => {
      started = true;
      await new Promise((resolve) => setTimeout(resolve, 800));
      finished = true;
    };
    const worker = await startWorker(logger);
    const jobId = await enqueueJob("import-contacts", payload, { jobId: `shutdown-${payload.importId}` });
    await until(() => started);
    await worker.stop();
    expect(finished).toBe(true);
    const job = await getQueue(QUEUES.imports).getJob(jobId!);
    expect(await job?.getState()).toBe("completed");
  });
});
