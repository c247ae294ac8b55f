import type { MessageGetPayload } from "@/lib/db/generated/models";
import type { SmsEncoding } from "@/lib/templates";

/** How an API message is shown: to clients of the REST API and in the OpenAPI description. */
export interface ApiMessage {
  /** Decimal string: message ids are 64-bit integers. */
  id: string;
  to: string;
  from: string;
  text: string;
  status: string;
  segments: number;
  encoding: SmsEncoding | null;
  priority: ApiMessagePriority;
  clientReference: string | null;
  errorCode: number | null;
  errorReason: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  finalAt: Date | null;
  scheduledAt: Date | null;
  /** Always null here: the messages API covers single messages; campaign messages are in campaign reports. */
  campaignId: string | null;
  connectorId: string | null;
  routeId: string | null;
}

/** "high": transactional / one-time codes, overtaking campaign traffic; "normal": queued with it. */
export type ApiMessagePriority = "high" | "normal";

/** messages.priority of each API priority (0 is bulk campaign traffic). */
export const PRIORITY_LEVEL: Record<ApiMessagePriority, number> = { high: 1, normal: 0 };

/** The columns an ApiMessage is made from (Prisma select). */
export const API_MESSAGE_COLUMNS = {
  id: true,
  phone: true,
  sender: true,
  body: true,
  status: true,
  segments: true,
  encoding: true,
  priority: true,
  clientReference: true,
  errorCode: true,
  errorReason: true,
  createdAt: true,
  submittedAt: true,
  finalAt: true,
  scheduledAt: true,
  campaignId: true,
  connectorId: true,
  routeId: true,
} as const;

export function toApiMessage(row: MessageGetPayload<{ select: typeof API_MESSAGE_COLUMNS }>): ApiMessage {
  return {
    id: row.id.toString(),
    to: row.phone,
    from: row.sender,
    text: row.body ?? "",
    status: row.status,
    segments: row.segments,
    encoding: row.encoding as SmsEncoding | null,
    priority: row.priority >= 1 ? "high" : "normal",
    clientReference: row.clientReference,
    errorCode: row.errorCode,
    errorReason: row.errorReason,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    finalAt: row.finalAt,
    scheduledAt: row.scheduledAt,
    campaignId: row.campaignId,
    connectorId: row.connectorId,
    routeId: row.routeId,
  };
}
