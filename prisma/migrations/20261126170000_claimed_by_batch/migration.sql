-- Which send batch claimed a message (its first message id). Batches of
-- different send generations can overlap (a resume plans new ranges over
-- what is still queued while jobs of the earlier round may still run), so a
-- batch's recovery settles only the claims its own runs made: never another
-- batch's messages on the wire. No index: it is only read next to the
-- (campaignId, status, id) one.
ALTER TABLE "messages" ADD COLUMN "claimedByBatch" BIGINT;
