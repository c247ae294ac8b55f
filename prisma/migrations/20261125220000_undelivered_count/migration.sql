-- Receipts that say undelivered or rejected get their own counter: failedCount
-- counts messages the SMSC refused at submit, which were never sent, so a
-- message is never counted both as sent and as failed.
ALTER TABLE "campaigns" ADD COLUMN "undeliveredCount" INTEGER NOT NULL DEFAULT 0;
