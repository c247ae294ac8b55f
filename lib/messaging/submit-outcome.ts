/** Why a message left `sending` by a worker that stopped is `unknown` (README, "Exactly once"). */
export const WORKER_STOPPED_REASON =
  "The worker stopped before the SMSC answered; not re-sent, to never send twice.";

/** What became of one message's submission, as stored. */
export type SubmitOutcome =
  | {
      id: string;
      status: "submitted";
      /** The first part's SMSC id, normalised (receipts match on it). */
      smscMessageId: string;
      /** Every part's id, for a concatenated message (each part gets its own receipt); empty for one part. */
      partIds: string[];
      text: string;
      segments: number;
      encoding: string;
    }
  | {
      id: string;
      status: "failed" | "unknown";
      errorCode: number | null;
      errorReason: string;
      smscMessageId: string | null;
      partIds: string[];
      text: string;
      segments: number;
      encoding: string;
    }
  /** Never written to the SMSC (the bind was down): back to the queue, safe to send later. */
  | { id: string; status: "queued" };
