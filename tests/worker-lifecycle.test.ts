import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { spawnTsx } from "./helpers/spawn-process";

const redis = new Redis(process.env.REDIS_URL!);
afterAll(async () => {
  await redis.quit();
});

describe("worker process", () => {
  it("starts, announces itself in Redis, and stops cleanly on SIGTERM", async () => {
    const worker = spawnTsx("worker/index.ts", { SERVICE_NAME: "worker" });
    const ready = await worker.waitForLog((line) => line.msg === "worker ready");
    expect(ready.service).toBe("worker");
    const presenceKey = `${process.env.REDIS_PREFIX}:workers:${String(ready.workerId)}`;
    const presence = JSON.parse((await redis.get(presenceKey)) ?? "null") as { queues: string[] } | null;
    expect(presence?.queues).toEqual([
      "contact-imports",
      "campaigns",
      "send",
      "send-priority",
      "webhooks",
      "maintenance",
    ]);

    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
    expect(worker.lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(["worker stopping", "worker stopped"]),
    );
    expect(await redis.exists(presenceKey)).toBe(0);
  });

  it("refuses to start with a clear message when PostgreSQL is unreachable", async () => {
    const worker = spawnTsx("worker/index.ts", { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none" });
    const fatal = await worker.waitForLog((line) => line.msg === "worker failed to start");
    expect(JSON.stringify(fatal.err)).toContain("PostgreSQL is not reachable at DATABASE_URL");
    expect(await worker.exited).toBe(1);
  });
});
