-- The run that owns each send batch (lib/messaging/send-journal.ts). A run
-- that takes a batch over writes its token here (and in Redis); claims and
-- releases lock this row and act only for the token it holds, so a run that
-- was taken over (a stalled job still alive) can neither claim nor release.
CREATE TABLE "send_batch_runs" (
    "campaignId" UUID NOT NULL,
    "firstMessageId" BIGINT NOT NULL,
    "runToken" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "send_batch_runs_pkey" PRIMARY KEY ("campaignId", "firstMessageId")
);

ALTER TABLE "send_batch_runs" ADD CONSTRAINT "send_batch_runs_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;
