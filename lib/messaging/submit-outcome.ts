/** What became of one message's submission, as stored. */
export type SubmitOutcome =
  | {
      id: string;
      status: "submitted";
      smscMessageId: string;
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
      text: string;
      segments: number;
      encoding: string;
    }
  /** Never written to the SMSC (the bind was down): back to the queue, safe to send later. */
  | { id: string; status: "queued" };
