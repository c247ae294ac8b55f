import type { MessagePart } from "@/lib/templates";
import type { CommandStatusKind } from "./command-status-table";

/** One submit_sm: one part of a message to one recipient. */
export interface SubmitRequest {
  source: string;
  /** The source address's TON/NPI when the sender differs from the connector's default (e.g. a number, not a name). */
  sourceTon?: number;
  sourceNpi?: number;
  destination: string;
  part: MessagePart;
  /** Ask the SMSC for a delivery receipt (registered_delivery = 1). */
  registeredDelivery: boolean;
}

export type SubmitResult =
  /** The SMSC took the part; receipts will name it by messageId. */
  | { outcome: "accepted"; messageId: string }
  /**
   * The SMSC answered with an error (submit_sm_resp or a generic_nack matched
   * by sequence number), or the part could not be encoded into a submit_sm at
   * all (then the status is the one an SMSC would have answered, e.g.
   * ESME_RINVDSTADR for a destination longer than 20 characters).
   */
  | { outcome: "rejected"; commandStatus: number; kind: CommandStatusKind }
  /** Never written to the socket (bind refused, client closing): safe to send again. */
  | { outcome: "not_sent"; reason: string }
  /**
   * Written but not answered: the SMSC may or may not have it. Never sent
   * again by the client; a later receipt settles it.
   */
  | { outcome: "in_doubt"; reason: "timeout" | "bind_lost" };
