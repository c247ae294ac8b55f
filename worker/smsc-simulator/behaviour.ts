import { z } from "zod";
import { RECEIPT_STATS, type ReceiptStat } from "@/lib/smpp/receipts";

/**
 * How the simulator answers submit_sm, as options at start-up and as the body
 * of the control server's POST /config. One schema serves both (and the CLI
 * flags), so the same input is refused the same way everywhere.
 */

/** "undelivered" accepts the submit, then sends an UNDELIV receipt (err 001) if the submit asks for one. */
export const FAULT_KINDS = [
  "no_response",
  "throttled",
  "queue_full",
  "system_error",
  "permanent",
  "undelivered",
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Long enough to outlast any ESME's response timeout, short enough for setTimeout. */
export const MAX_LATENCY_MS = 600_000;

export const ZDestinationFault = z
  .object({
    /** destination_addr is at most 20 characters in SMPP 3.4, so a longer suffix could never match. */
    suffix: z.string().min(1, "suffix must not be empty").max(20),
    kind: z.enum(FAULT_KINDS),
  })
  .strict();
export type DestinationFault = z.infer<typeof ZDestinationFault>;

const ZLatencyMs = z.number().int().min(0).max(MAX_LATENCY_MS);

export const ZResponseLatency = z.union([
  ZLatencyMs,
  z
    .object({ min: ZLatencyMs, max: ZLatencyMs })
    .strict()
    .refine(({ min, max }) => min <= max, { message: "min must not be greater than max" }),
]);
export type ResponseLatency = z.infer<typeof ZResponseLatency>;

/** Outstanding deliver_sm per receiving session, receipts and MOs together; an SMSC's window towards the ESME. */
export const DEFAULT_DELIVER_WINDOW = 1_000;

const ZShare = z.number().min(0).max(1);

export const ZReceiptSettings = z
  .object({
    /** How long after the submit the receipt goes out: a fixed number of ms, or a random whole number in [min, max]. Default 0. */
    delayMs: ZResponseLatency.optional(),
    /** Weights of the receipt states drawn for each receipt; they need not add up to 1. Default { DELIVRD: 1 }. */
    outcomes: z
      .partialRecord(z.enum(RECEIPT_STATS), z.number().min(0).max(1_000_000))
      .refine((outcomes) => Object.values(outcomes).some((weight) => (weight ?? 0) > 0), {
        message: "at least one outcome needs a weight above 0",
      })
      .optional(),
    /** How the text's id: writes the message id; the TLV always has it as submit_sm_resp gave it (hex). Default "hex". */
    idInText: z.enum(["hex", "decimal"]).optional(),
    /** Send receipted_message_id, message_state and network_error_code TLVs besides the text. Default true. */
    tlvs: z.boolean().optional(),
    /** Wait before trying a receipt again (no receiving session, an error answer, a lost connection). Default 1 000. */
    retryMs: z.number().int().min(10).max(MAX_LATENCY_MS).optional(),
    /** Tries before a receipt is dropped (and counted in receiptsDropped). Default 600: ten minutes at 1 s. */
    maxAttempts: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();
export type ReceiptSettings = z.infer<typeof ZReceiptSettings>;

export interface EffectiveReceiptSettings {
  delayMs: ResponseLatency;
  outcomes: Partial<Record<ReceiptStat, number>>;
  idInText: "hex" | "decimal";
  tlvs: boolean;
  retryMs: number;
  maxAttempts: number;
}

export const DEFAULT_RECEIPT_SETTINGS: EffectiveReceiptSettings = {
  delayMs: 0,
  outcomes: { DELIVRD: 1 },
  idInText: "hex",
  tlvs: true,
  retryMs: 1_000,
  maxAttempts: 600,
};

export const ZAutoReply = z
  .object({
    /** Share of destinations (0..1) that answer, picked by a hash of the number so that runs are repeatable. */
    share: ZShare,
    /** What they answer; each replying number always picks the same one. */
    texts: z.array(z.string().min(1).max(1_600)).min(1).max(100),
    /** How long after the submit the reply comes. Default 0. */
    delayMs: ZResponseLatency.optional(),
  })
  .strict();
export type AutoReplySettings = z.infer<typeof ZAutoReply>;
export interface EffectiveAutoReply {
  share: number;
  texts: string[];
  delayMs: ResponseLatency;
}

export const ZSimulatorBehaviour = z
  .object({
    /** submit_sm let through per wall-clock second; null or absent: no limit. */
    maxSubmitsPerSecond: z.number().int().positive().nullable().optional(),
    /** Delay of every submit_sm_resp: a fixed number of ms, or a random whole number in [min, max]. */
    responseLatencyMs: ZResponseLatency.optional(),
    /** Share of submits (0..1) answered ESME_RINVDSTADR, on top of the faults by destination. */
    permanentErrorRate: z.number().min(0).max(1).optional(),
    /** Checked in order; the first suffix the destination_addr ends with decides. */
    faults: z.array(ZDestinationFault).max(1_000).optional(),
    /** Delivery receipts for submits that ask for one; null or absent: none (except for "undelivered" faults). */
    receipts: ZReceiptSettings.nullable().optional(),
    /** Subscribers answering campaigns, for demos; null or absent: none. */
    autoReply: ZAutoReply.nullable().optional(),
    /** deliver_sm sent to one session and not yet answered, at most. Default 1 000. */
    deliverWindow: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();
export type SimulatorBehaviour = z.infer<typeof ZSimulatorBehaviour>;

/** The behaviour with every field present: what the simulator reports as its configuration. */
export interface EffectiveBehaviour {
  maxSubmitsPerSecond: number | null;
  responseLatencyMs: ResponseLatency;
  permanentErrorRate: number;
  faults: DestinationFault[];
  receipts: EffectiveReceiptSettings | null;
  autoReply: EffectiveAutoReply | null;
  deliverWindow: number;
}

/** A delay as configured: the fixed number, or a random whole number in [min, max] (both ends included). */
export function drawDelayMs(delay: ResponseLatency): number {
  if (typeof delay === "number") return delay;
  return delay.min + Math.floor(Math.random() * (delay.max - delay.min + 1));
}

/** Receipt settings with every default filled in. */
export function effectiveReceiptSettings(settings: ReceiptSettings): EffectiveReceiptSettings {
  return {
    delayMs: settings.delayMs ?? DEFAULT_RECEIPT_SETTINGS.delayMs,
    outcomes: { ...(settings.outcomes ?? DEFAULT_RECEIPT_SETTINGS.outcomes) },
    idInText: settings.idInText ?? DEFAULT_RECEIPT_SETTINGS.idInText,
    tlvs: settings.tlvs ?? DEFAULT_RECEIPT_SETTINGS.tlvs,
    retryMs: settings.retryMs ?? DEFAULT_RECEIPT_SETTINGS.retryMs,
    maxAttempts: settings.maxAttempts ?? DEFAULT_RECEIPT_SETTINGS.maxAttempts,
  };
}

export function effectiveAutoReply(settings: AutoReplySettings): EffectiveAutoReply {
  return { share: settings.share, texts: [...settings.texts], delayMs: settings.delayMs ?? 0 };
}

export class InvalidBehaviourError extends Error {
  override readonly name = "InvalidBehaviourError";
}

/** Validates a behaviour (or a partial change of one); throws InvalidBehaviourError naming each bad field. */
export function parseBehaviour(input: unknown): SimulatorBehaviour {
  const parsed = ZSimulatorBehaviour.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
  throw new InvalidBehaviourError(`invalid simulator behaviour: ${problems}`);
}
