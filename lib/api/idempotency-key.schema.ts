import { z } from "zod";

/** Keys are kept this long (DESIGN.md): a retry within a day replays the first answer. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

/**
 * A key still marked running after this long belongs to a request whose
 * process died; a retry with the same body may take it over. API requests
 * finish in seconds, so a live request is never taken over.
 */
export const IDEMPOTENCY_LOCK_SECONDS = 60;

/** Visible ASCII, as Stripe and the IETF draft allow; UUIDs fit easily. */
export const ZIdempotencyKey = z.string().regex(/^[\x21-\x7e]{1,255}$/);

export const ZClaimIdempotencyKey = z.object({
  orgId: z.guid(),
  key: ZIdempotencyKey,
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ClaimIdempotencyKeyInput = z.input<typeof ZClaimIdempotencyKey>;

export const ZFinishIdempotencyKey = ZClaimIdempotencyKey.extend({
  status: z.number().int().min(100).max(599),
  body: z.string(),
});
export type FinishIdempotencyKeyInput = z.input<typeof ZFinishIdempotencyKey>;
