import { describe, expect, it } from "vitest";
import { getImport } from "@/lib/contacts";
import { subscribeEvents, type ImportProgressEvent } from "@/lib/events";
import { logger } from "@/lib/logger";
import { startWorker } from "@/worker/start-worker";
import { makeOrganization } from "./helpers/factories";
import { uploadImport } from "./helpers/import-file";

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met in time; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("contact import through the worker", () => {
  it("runs in the worker after the upload and publishes live progress to the organization", async () => {
    const { org, user } = await makeOrganization();
    const events: ImportProgressEvent[] = [];
    const unsubscribe = await subscribeEvents({
      orgId: org.id,
      onEvent: (event) => {
        if (event.type === "import.progress") events.push(event);
      },
    });
    const worker = await startWorker(logger);
    try {
      const rows = ["phone,first,last,plan"];
      for (let i = 0; i < 7_000; i++) rows.push(`+49 152 ${String(10_000_000 + i)},F${i},L,p`);
      const { record, upload } = await uploadImport({
        orgId: org.id,
        userId: user.id,
        content: rows.join("\n"),
      });
      await upload;
      const done = await until(
        () => getImport({ orgId: org.id, importId: record.id }),
        (view) => view.progress.status === "completed" || view.progress.status === "failed",
      );
      expect(done.progress).toMatchObject({ status: "completed", imported: 7_000, invalid: 0 });
      await until(
        async () => events,
        (seen) => seen.some((event) => event.importId === record.id && event.status === "completed"),
      );
      const running = events.filter((event) => event.importId === record.id && event.status === "running");
      expect(running.length).toBeGreaterThanOrEqual(2);
    } finally {
      await worker.stop();
      await unsubscribe();
    }
  });
});
