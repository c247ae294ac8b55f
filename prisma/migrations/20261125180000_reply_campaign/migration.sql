-- The campaign an inbound message answers. Not messages.campaignId: that one
-- names the campaign a message belongs to, and (campaignId, contactId) is
-- unique so a campaign's audience can never hold a contact twice.
ALTER TABLE "messages" ADD COLUMN "repliesToCampaignId" UUID;
CREATE INDEX "messages_repliesToCampaignId_idx" ON "messages"("repliesToCampaignId");
ALTER TABLE "messages" ADD CONSTRAINT "messages_repliesToCampaignId_fkey" FOREIGN KEY ("repliesToCampaignId") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;
