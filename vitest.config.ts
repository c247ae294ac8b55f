import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Tests never touch development data: their own database and Redis key prefix.
// scripts/test.ts sets these when it had to start services itself.
const testEnv = {
  NODE_ENV: "test" as const,
  LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
  DATABASE_URL: process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/sms_campaigns_test",
  REDIS_URL: process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379",
  // Parallel checkouts (or helpers) can keep apart with TEST_DATABASE_URL and TEST_REDIS_PREFIX.
  REDIS_PREFIX: process.env.TEST_REDIS_PREFIX ?? "smstest",
  // Each test binds its own short-lived simulator; see WORKER_KEEP_BINDS in lib/config.ts.
  WORKER_KEEP_BINDS: "false",
};

// The global setup (which migrates the test database) runs in this process, not in the workers.
Object.assign(process.env, testEnv);

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    env: testEnv,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "worker/**/*.test.ts",
            "scripts/**/*.test.ts",
            "components/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/helpers/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Integration tests share one database; files run one at a time and
          // isolate themselves with a fresh organization (tests/helpers/factories.ts).
          fileParallelism: false,
        },
      },
    ],
  },
});
