import { z } from "zod";

/**
 * The one place that reads the environment. Every variable is documented in
 * the README's configuration table; keep the two in step.
 */
const ZConfig = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url().default("postgresql://postgres@127.0.0.1:5432/sms_campaigns"),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  REDIS_URL: z.string().url().default("redis://127.0.0.1:6379"),
  /** Prefix for every Redis key and BullMQ queue, so two installations can share one Redis. */
  REDIS_PREFIX: z.string().min(1).default("sms"),
  APP_URL: z.string().url().default("http://localhost:3000"),
  PORT: z.coerce.number().int().positive().default(3000),
  NEXTAUTH_SECRET: z.string().min(16).default("dev-only-secret-change-me-in-production"),
  /** Key material for SMPP connector passwords at rest; absent: derived from NEXTAUTH_SECRET. */
  CONNECTOR_SECRET: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SERVICE_NAME: z.string().default("web"),
  SMSC_HOST: z.string().default("127.0.0.1"),
  SMSC_PORT: z.coerce.number().int().positive().default(2775),
  SMSC_SYSTEM_ID: z.string().max(15).default("demo"),
  SMSC_PASSWORD: z.string().max(8).default("demopass"),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  SIGN_IN_LOCK_SECONDS: z.coerce.number().int().positive().default(60),
  /** Largest CSV a user may upload. */
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(200 * 1024 * 1024),
  /** REST API: requests per second each API key may make on average (GCRA in Redis, across web processes). */
  API_RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(20),
  /** REST API: how many requests one key may make at once before the rate applies. */
  API_RATE_LIMIT_BURST: z.coerce.number().int().positive().default(40),
  /** REST API: largest JSON body accepted (413 beyond it, without reading the rest). */
  API_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(64 * 1024),
  WORKER_CONCURRENCY: z.coerce.number().int().positive().default(4),
  /** Priority single messages (API / OTP, replies) one worker sends at once, beside the campaign batches. */
  WORKER_PRIORITY_CONCURRENCY: z.coerce.number().int().positive().default(16),
  /**
   * Keep every enabled connector bound, so receipts and replies arrive while
   * nothing is sent. Integration tests turn it off: their many short-lived
   * simulators would leave the worker re-binding to ports that are gone.
   */
  WORKER_KEEP_BINDS: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  /** How long a job's lock lasts; a job whose worker died is re-run by another after about this long. */
  WORKER_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  WORKER_SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(25_000),
  /** System errors or unanswered submits in a row that open a connector's circuit (routing fails over). */
  CONNECTOR_CIRCUIT_FAILURES: z.coerce.number().int().min(1).default(5),
  /** How long an open circuit keeps traffic away before one probe message is let through. */
  CONNECTOR_CIRCUIT_COOLDOWN_SECONDS: z.coerce.number().int().min(1).default(30),
  /**
   * Webhook endpoints may point at loopback, private, link-local and other
   * non-public addresses only when this is true (local development and
   * tests); otherwise they are refused at registration and at delivery (SSRF).
   */
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  /** Seconds between a webhook delivery's attempts (comma-separated); after the last, it has failed. */
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .regex(/^\d+(,\d+)*$/, "comma-separated whole seconds, such as 5,300,1800")
    .default("5,300,1800,7200,18000,36000,36000")
    .transform((text) => text.split(",").map(Number)),
  /** Days a finished webhook delivery stays in the delivery log. */
  WEBHOOK_LOG_RETENTION_DAYS: z.coerce.number().int().positive().default(30),
  /** How long one webhook POST may take, connect to last byte. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
});

export type Config = z.infer<typeof ZConfig>;

function readConfig(): Config {
  const parsed = ZConfig.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  if (parsed.data.NODE_ENV === "production" && parsed.data.NEXTAUTH_SECRET.startsWith("dev-only")) {
    // next build runs with NODE_ENV=production too; only a real server start must refuse.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      throw new Error("NEXTAUTH_SECRET must be set in production");
    }
  }
  return parsed.data;
}

export const config: Config = readConfig();
