-- Contacts and CSV import: the uploaded file kept in chunks, resumable
-- import progress, maintained contact counter, indexes for the contacts page.

ALTER TYPE "ImportStatus" ADD VALUE 'uploading' BEFORE 'pending';

ALTER TABLE "organizations" ADD COLUMN "contactCount" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "contact_imports" ADD COLUMN "bytesRead" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "contact_imports" ADD COLUMN "checkpointRow" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "contact_import_chunks" (
    "importId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    CONSTRAINT "contact_import_chunks_pkey" PRIMARY KEY ("importId", "seq")
);
ALTER TABLE "contact_import_chunks" ADD CONSTRAINT "contact_import_chunks_importId_fkey" FOREIGN KEY ("importId") REFERENCES "contact_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "contacts_orgId_lastName_firstName_id_idx" ON "contacts"("orgId", "lastName", "firstName", "id");

-- Migration-only indexes (Prisma cannot express these; the drift test lists them).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- Search by phone, name or email: substring match through trigrams.
CREATE INDEX "contacts_search_trgm_idx" ON "contacts" USING gin (
    (lower("phone" || ' ' || coalesce("firstName", '') || ' ' || coalesce("lastName", '') || ' ' || coalesce("email", ''))) gin_trgm_ops
);
-- The "opted out" filter: few rows, so a partial index keeps it fast.
CREATE INDEX "contacts_opted_out_idx" ON "contacts" ("orgId", "id") WHERE "optedOut";
