import { z } from "zod";

/*
 * The rules of a route. A prefix is the start of the destination's E.164
 * number without "+" (country code, then carrier or area digits): "49"
 * matches every German number, "4915" German mobiles of some carriers, and
 * "" every number (the default route). E.164 numbers have at most 15 digits.
 */

export const MAX_PREFIX_DIGITS = 15;

const PREFIX_MESSAGE =
  "Enter the prefix as digits, such as 49 for Germany or 4915 for some German mobiles, or leave it empty for every destination.";

/** What a user types: digits, with a leading "+" and spaces forgiven; stored as digits only. */
export const ZRoutePrefix = z
  .string({ error: PREFIX_MESSAGE })
  .transform((text) => text.replace(/\s+/g, "").replace(/^\+/, ""))
  .pipe(
    z
      .string()
      .regex(/^\d*$/, PREFIX_MESSAGE)
      .max(MAX_PREFIX_DIGITS, `A prefix has at most ${MAX_PREFIX_DIGITS} digits, as E.164 numbers do.`),
  );

const ZOrgId = z.uuid("Unknown organization.");
const ZRole = z.enum(["owner", "admin", "member"]);
/** Ids as the UI carries them; a malformed one is answered as not found (lib checks), never probed. */
const ZId = z.string().max(100);
const ZConnectorChoice = z.string({ error: "Choose a connector." }).min(1, "Choose a connector.").max(100);

/** What the route form submits. */
export const ZRouteDraft = z.object({
  prefix: ZRoutePrefix,
  connectorId: ZConnectorChoice,
  enabled: z.boolean({ error: "Say whether the route is in use." }),
});
export type RouteDraft = z.input<typeof ZRouteDraft>;
export type RouteField = keyof RouteDraft;

/** create: a new route goes last among the routes of its prefix. */
export const ZCreateRoute = z.object({
  orgId: ZOrgId,
  role: ZRole,
  prefix: ZRoutePrefix,
  connectorId: ZConnectorChoice,
  enabled: z.boolean({ error: "Say whether the route is in use." }).default(true),
});
export type CreateRouteInput = z.input<typeof ZCreateRoute>;

/** update: a route whose prefix changes goes last among the routes of its new prefix. */
export const ZUpdateRoute = ZRouteDraft.partial().extend({ orgId: ZOrgId, role: ZRole, routeId: ZId });
export type UpdateRouteInput = z.input<typeof ZUpdateRoute>;

export const ZDeleteRoute = z.object({ orgId: ZOrgId, role: ZRole, routeId: ZId });
export type DeleteRouteInput = z.input<typeof ZDeleteRoute>;

/** move: one place earlier ("up") or later ("down") in the fallback order of its prefix. */
export const ZMoveRoute = ZDeleteRoute.extend({
  direction: z.enum(["up", "down"], { error: "Move a route up or down." }),
});
export type MoveRouteInput = z.input<typeof ZMoveRoute>;

export const ZGetRoute = z.object({ orgId: ZOrgId, routeId: ZId });
export type GetRouteInput = z.input<typeof ZGetRoute>;

export const ZListRoutes = z.object({ orgId: ZOrgId });
export type ListRoutesInput = z.input<typeof ZListRoutes>;

export const ZResolveRoute = z.object({
  orgId: ZOrgId,
  /** E.164 with "+"; any digits an SMPP destination can hold (20) pass, so short codes route too. */
  phone: z.string().regex(/^\+?\d{1,20}$/, "The destination is not a phone number."),
});
export type ResolveRouteInput = z.input<typeof ZResolveRoute>;
