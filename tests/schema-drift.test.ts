import { fileURLToPath } from "node:url";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";
import { findSchemaDrift, readDatamodel, type Datamodel } from "./helpers/schema-drift";
import { createDatabase, dropDatabase } from "./helpers/test-database";

const serverUrl = process.env.DATABASE_URL!;
const migrationsDir = fileURLToPath(new URL("../prisma/migrations", import.meta.url));

describe("schema.prisma and the migrations", () => {
  let model: Datamodel;
  beforeAll(async () => {
    model = await readDatamodel();
  });

  it("describe the same database", async () => {
    expect(await findSchemaDrift(serverUrl, model)).toEqual([]);
  });

  describe("the drift check itself", () => {
    const name = `drift_probe_${Date.now()}`;
    let probeUrl: string;

    beforeAll(async () => {
      probeUrl = await createDatabase(serverUrl, name);
      await migrateDatabase({ databaseUrl: probeUrl, migrationsDir });
    });
    afterAll(async () => {
      await dropDatabase(serverUrl, name);
    });

    async function alter(sql: string) {
      const client = new Client({ connectionString: probeUrl });
      await client.connect();
      await client.query(sql);
      await client.end();
    }

    it("reports a column the schema does not know, a changed type, a dropped index and a changed foreign key", async () => {
      await alter(`
        ALTER TABLE "contacts" ADD COLUMN "nickname" TEXT;
        ALTER TABLE "templates" ALTER COLUMN "body" TYPE VARCHAR(500);
        DROP INDEX "messages_orgId_smscMessageId_idx";
        DROP INDEX "contacts_opted_out_idx";
        ALTER TABLE "messages" DROP CONSTRAINT "messages_contactId_fkey";
        ALTER TABLE "messages" ADD CONSTRAINT "messages_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "contacts"("id") ON DELETE CASCADE;
        ALTER TABLE "users" ALTER COLUMN "name" DROP NOT NULL;
        ALTER TYPE "Role" ADD VALUE 'viewer';`);
      expect(await findSchemaDrift(probeUrl, model)).toEqual([
        "column contacts.nickname is not in the schema",
        "column templates.body is varchar(500) but the schema says text",
        "column users.name is nullable but the schema says the opposite",
        "enum Role has values [owner,admin,member,viewer] but the schema says [owner,admin,member]",
        "foreign key messages(contactId) -> contacts(id) on delete c is not in the schema",
        "foreign key messages(contactId) -> contacts(id) on delete n is missing",
        "index messages(orgId,smscMessageId) index is missing",
        "migration-only index contacts_opted_out_idx is missing",
      ]);
    });
  });
});
