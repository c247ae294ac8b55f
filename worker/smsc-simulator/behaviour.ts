import { z } from "zod";

/**
 * How the simulator answers submit_sm, as options at start-up and as the body
 * of the control server's POST /config. One schema serves both (and the CLI
 * flags), so the same input is refused the same way everywhere.
 */

export const FAULT_KINDS = ["no_response", "throttled", "queue_full", "system_error", "permanent"] as const;
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
  })
  .strict();
export type SimulatorBehaviour = z.infer<typeof ZSimulatorBehaviour>;

/** The behaviour with every field present: what the simulator reports as its configuration. */
export interface EffectiveBehaviour {
  maxSubmitsPerSecond: number | null;
  responseLatencyMs: ResponseLatency;
  permanentErrorRate: number;
  faults: DestinationFault[];
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
