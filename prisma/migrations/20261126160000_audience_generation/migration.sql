-- The audience is taken in slices while the first batches already send
-- (lib/campaigns/start-campaign.ts). A campaign completes only once the
-- slices of its current send generation are all taken: until then, no
-- message left queued does not mean nothing is left to send.
ALTER TABLE "campaigns" ADD COLUMN "audienceGeneration" INTEGER NOT NULL DEFAULT 0;
UPDATE "campaigns" SET "audienceGeneration" = "sendGeneration";
