-- Delivery receipts: every part of a long message tracked on its own, and
-- receipts that match no message (yet) kept for a later match or inspection.
-- Keyword lists per organization for the reply inbox.
CREATE TABLE "message_parts" (
    "messageId" BIGINT NOT NULL,
    "partIndex" SMALLINT NOT NULL,
    "smscMessageId" TEXT NOT NULL,
    "status" "MessageStatus" NOT NULL DEFAULT 'submitted',
    "errorCode" INTEGER,
    "doneAt" TIMESTAMPTZ(3),
    CONSTRAINT "message_parts_pkey" PRIMARY KEY ("messageId", "partIndex")
);
CREATE INDEX "message_parts_smscMessageId_idx" ON "message_parts"("smscMessageId");
ALTER TABLE "message_parts" ADD CONSTRAINT "message_parts_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "receipts" (
    "id" BIGSERIAL NOT NULL,
    "orgId" UUID NOT NULL,
    "connectorId" UUID,
    "smscMessageId" TEXT NOT NULL,
    "stat" TEXT NOT NULL,
    "errorCode" INTEGER,
    "doneAt" TIMESTAMPTZ(3),
    "raw" TEXT NOT NULL,
    "problem" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "matchedAt" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "receipts_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "receipts_smscMessageId_idx" ON "receipts"("smscMessageId");
CREATE INDEX "receipts_orgId_receivedAt_idx" ON "receipts"("orgId", "receivedAt");
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "organizations"
    ADD COLUMN "optOutKeywords" TEXT[] NOT NULL DEFAULT ARRAY['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'OPTOUT', 'REVOKE']::TEXT[],
    ADD COLUMN "optInKeywords" TEXT[] NOT NULL DEFAULT ARRAY['START', 'UNSTOP']::TEXT[],
    ADD COLUMN "helpKeywords" TEXT[] NOT NULL DEFAULT ARRAY['HELP', 'INFO']::TEXT[];
