import { Pool, type PoolClient } from "pg";
import { config } from "@/lib/config";

const globalForPool = globalThis as unknown as { smsPool?: Pool };

/**
 * Plain pg pool for set-based bulk work (imports, audience snapshots,
 * batched status updates) where Prisma's per-query overhead and lack of COPY
 * get in the way. Queries here are parameterised, never concatenated.
 */
export function getPool(): Pool {
  globalForPool.smsPool ??= new Pool({
    connectionString: config.DATABASE_URL,
    max: config.DATABASE_POOL_SIZE,
  });
  return globalForPool.smsPool;
}

/** Runs `work` in one transaction on one connection. */
export async function withTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function closePool(): Promise<void> {
  const pool = globalForPool.smsPool;
  globalForPool.smsPool = undefined;
  await pool?.end();
}
