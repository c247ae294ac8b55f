import { PrismaPg } from "@prisma/adapter-pg";
import { config } from "@/lib/config";
import { PrismaClient } from "./generated/client";

export type Database = InstanceType<typeof PrismaClient>;

function createDatabase(): Database {
  const adapter = new PrismaPg({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

// One client per process. Next.js dev re-evaluates modules on every change;
// keeping the client on globalThis stops that from opening a new pool each time.
const globalForDb = globalThis as unknown as { smsDatabase?: Database };

export const db: Database = globalForDb.smsDatabase ?? createDatabase();
if (config.NODE_ENV !== "production") globalForDb.smsDatabase = db;
