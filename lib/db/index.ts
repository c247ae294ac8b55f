export { db, type Database } from "./client";
export { Prisma } from "./generated/client";
export type * from "./generated/models";
export * from "./generated/enums";
export { getPool, withTransaction, closePool } from "./pool";
