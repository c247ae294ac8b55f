import { getSession } from "@/lib/auth/server";
import type { AppSession } from "@/lib/auth";
import { UnauthorizedError } from "@/lib/errors";
import { errorResponse } from "./error-response";

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a route handler used by the signed-in UI: checks the session (with
 * its revocation version) and maps thrown domain errors to JSON answers, so
 * each route is only parse → call lib → respond.
 */
export function sessionRoute<P = Record<string, never>>(
  handler: (input: { request: Request; session: AppSession; params: P }) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const session = await getSession();
      if (!session) throw new UnauthorizedError();
      return await handler({ request, session, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
