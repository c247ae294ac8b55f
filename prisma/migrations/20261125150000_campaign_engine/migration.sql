-- Campaign engine: TLS per connector, snapshot exclusions and outcome counters
-- per campaign, and a generation that names each round of send batches.
ALTER TABLE "smpp_connectors" ADD COLUMN "tls" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "campaigns"
    ADD COLUMN "excludedOptedOut" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "excludedDuplicates" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "skippedCount" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "unknownCount" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "cancelledCount" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "sendGeneration" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "failureReason" TEXT;
