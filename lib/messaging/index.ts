export {
  sendCampaignBatch,
  type SendBatch,
  type SendConnector,
  type SendDeps,
  type BatchResult,
} from "./send-campaign-batch";
export { submitMessage, type Submitter, type MessageToSubmit } from "./submit-message";
export type { SubmitOutcome } from "./submit-outcome";
export { SendSlots } from "./send-slots";
