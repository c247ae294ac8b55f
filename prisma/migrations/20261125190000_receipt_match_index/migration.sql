-- Receipts are matched by (organization, SMSC id): SMSC ids are only unique
-- per SMSC, and with an index on the id alone the planner combined it with
-- the organization's whole id index for every receipt.
DROP INDEX "messages_smscMessageId_idx";
CREATE INDEX "messages_orgId_smscMessageId_idx" ON "messages"("orgId", "smscMessageId");
