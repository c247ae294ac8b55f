-- Custom field names per organization, kept by imports, for merge-tag pickers.
CREATE TABLE "contact_fields" (
    "orgId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contact_fields_pkey" PRIMARY KEY ("orgId", "name")
);
ALTER TABLE "contact_fields" ADD CONSTRAINT "contact_fields_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
