import { NotFoundError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

/** Paths under /api/v1 that name no endpoint answer in the API's error shape, not with the site's HTML 404 page. */
function unknownEndpoint(request: Request): Response {
  const { pathname } = new URL(request.url);
  return errorResponse(new NotFoundError(`The endpoint ${request.method} ${pathname}`));
}

export const GET = unknownEndpoint;
export const POST = unknownEndpoint;
export const PUT = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const DELETE = unknownEndpoint;
