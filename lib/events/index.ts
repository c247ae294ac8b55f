export { publishEvent, orgChannel } from "./publish-event";
export { subscribeEvents } from "./subscribe-events";
export {
  ZLiveEvent,
  topicOf,
  type LiveEvent,
  type ImportProgressEvent,
  type CampaignProgressEvent,
  type ConversationUpdatedEvent,
  type ConnectorStateEvent,
} from "./live-event";
