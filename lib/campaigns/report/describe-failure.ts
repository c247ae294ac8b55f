import { describeCommandStatus } from "@/lib/smpp";

/** Message statuses that end without delivery: refused at submit, or a receipt that says so. */
export const FAILURE_STATUSES = ["failed", "undelivered", "rejected", "expired"] as const;
export type FailureStatus = (typeof FAILURE_STATUSES)[number];

export interface FailureDescription {
  /** The code as carriers and SMPP tools print it: "ESME_RINVDSTADR", "err:011". */
  error: string;
  /** What it means, in a sentence. */
  meaning: string;
}

/**
 * Names one kind of failure. A `failed` message was refused when submitted,
 * so its code is an SMPP command_status with a meaning SMPP 3.4 defines. The
 * others come from a delivery receipt, whose `err:` code is each carrier's
 * own (often a GSM MAP cause, but nothing says so): it is shown as it came.
 * `storedReason` is what the sender recorded when there was no code.
 */
export function describeFailure(
  status: FailureStatus,
  errorCode: number | null,
  storedReason: string | null = null,
): FailureDescription {
  if (status === "failed") {
    if (errorCode === null) {
      return { error: "Not submitted", meaning: storedReason ?? "Refused before the carrier accepted it." };
    }
    const { name, meaning } = describeCommandStatus(errorCode);
    return { error: name, meaning: `${meaning}.` };
  }
  if (errorCode === null || (errorCode === 0 && status === "expired")) {
    return { error: "No code", meaning: WITHOUT_CODE[status] };
  }
  return {
    error: `err:${String(errorCode).padStart(3, "0")}`,
    meaning: `Carrier error code ${errorCode}: ${WITH_CODE[status]}`,
  };
}

const WITHOUT_CODE: Record<Exclude<FailureStatus, "failed">, string> = {
  undelivered: "The carrier reported it undeliverable without saying why.",
  rejected: "The carrier rejected it without saying why.",
  expired: "Not delivered before its validity period ended (the phone was off or out of reach).",
};

const WITH_CODE: Record<Exclude<FailureStatus, "failed">, string> = {
  undelivered: "reported undeliverable; the code's meaning is the carrier's own.",
  rejected: "rejected by the carrier; the code's meaning is the carrier's own.",
  expired: "not delivered before its validity period ended.",
};
