/**
 * The browser-safe part of the campaigns module: the state machine's
 * actions, sender-ID rules and progress arithmetic, no database. Client
 * components import this; everything else goes through `@/lib/campaigns`.
 */
export { CAMPAIGN_ACTIONS, canTransition, isFinalStatus, type CampaignAction } from "./campaign-status";
export { checkSenderId } from "./sender-id";
export { progressOf, type CampaignCounts, type CampaignSummary } from "./campaign-summary";
