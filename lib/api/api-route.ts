import type { z } from "zod";
import { authenticateApiKey } from "@/lib/auth";
import { config } from "@/lib/config";
import { NotFoundError, RateLimitedError } from "@/lib/errors";
// Not "@/lib/http": its sessionRoute pulls in next-auth, and the worker imports lib/api for its maintenance job.
import { errorResponse } from "@/lib/http/error-response";
import { getRedis } from "@/lib/redis";
import { InvalidIdempotencyKeyError } from "./api-errors";
import { claimIdempotencyKey } from "./claim-idempotency-key";
import { finishIdempotencyKey } from "./finish-idempotency-key";
import { ZIdempotencyKey } from "./idempotency-key.schema";
import { parseApiInput } from "./parse-api-input";
import { rateLimitHeaders, takeRateLimit, type RateLimitDecision } from "./rate-limit-key";
import { readJsonBody } from "./read-json-body";
import { readQuery } from "./read-query";
import { requestFingerprint } from "./request-fingerprint";

type Schema = z.ZodType | undefined;
type Parsed<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export type ApiRouteOptions<B extends Schema, Q extends Schema, P extends Schema> = {
  /** Strict schema of the JSON body; without it the body is not read. */
  body?: B;
  /** Strict schema of the query string (values arrive as strings). */
  query?: Q;
  /** Schema of the path's parameters; a value it refuses is answered 404, as an id that does not exist. */
  params?: P;
  /** Honour the Idempotency-Key header (POSTs that create or act). */
  idempotent?: boolean;
};

export type ApiRequest<B extends Schema, Q extends Schema, P extends Schema> = {
  orgId: string;
  apiKeyId: string;
  /** The request's Idempotency-Key on an `idempotent` route, for handlers that record it with what they create. */
  idempotencyKey: string | null;
  body: Parsed<B>;
  query: Parsed<Q>;
  params: P extends z.ZodType ? z.output<P> : Record<string, string>;
  request: Request;
};

/** What Next.js passes a route handler; static routes get empty params. */
type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The one wrapper of every /api/v1 route: API key (Bearer) → organization,
 * per-key rate limit, JSON body (415/413/400) and strict zod parsing (422
 * naming the field), Idempotency-Key, and every thrown error mapped to the
 * one error shape. Handlers only call lib/ and shape the answer.
 */
export function apiRoute<
  B extends Schema = undefined,
  Q extends Schema = undefined,
  P extends Schema = undefined,
>(options: ApiRouteOptions<B, Q, P>, handler: (input: ApiRequest<B, Q, P>) => Promise<Response>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    let limit: RateLimitDecision | null = null;
    try {
      const principal = await authenticateApiKey(bearerToken(request));
      limit = await takeRateLimit(getRedis(), principal.apiKeyId, {
        perSecond: config.API_RATE_LIMIT_PER_SECOND,
        burst: config.API_RATE_LIMIT_BURST,
      });
      if (!limit.allowed) {
        throw new RateLimitedError(
          "Too many requests with this API key. Wait for the time in Retry-After, then try again.",
          Math.max(1, Math.ceil(limit.waitMs / 1000)),
        );
      }
      const url = new URL(request.url);
      const rawParams = await context.params;
      const params = options.params ? parseParams(options.params, rawParams) : rawParams;
      const query = options.query ? parseApiInput(options.query, readQuery(url), "query") : undefined;
      const rawBody = options.body ? await readJsonBody(request, config.API_MAX_BODY_BYTES) : undefined;
      const idempotencyKey = options.idempotent ? request.headers.get("idempotency-key") : null;
      // Every error of the handler (body validation included) becomes an answer here, so it is stored and replayed like any other.
      const run = () =>
        (async () =>
          handler({
            orgId: principal.orgId,
            apiKeyId: principal.apiKeyId,
            idempotencyKey,
            body: (options.body ? parseApiInput(options.body, rawBody, "body") : undefined) as Parsed<B>,
            query: query as Parsed<Q>,
            params: params as ApiRequest<B, Q, P>["params"],
            request,
          }))().catch(errorResponse);

      const response = idempotencyKey
        ? await runOnce({ orgId: principal.orgId, key: idempotencyKey, request, url, rawBody }, run)
        : await run();
      return withHeaders(response, rateLimitHeaders(limit));
    } catch (error) {
      const response = errorResponse(error);
      return limit ? withHeaders(response, rateLimitHeaders(limit)) : response;
    }
  };
}

/** Runs the request under its Idempotency-Key: once per key and body, replayed after that. */
async function runOnce(
  target: { orgId: string; key: string; request: Request; url: URL; rawBody: unknown },
  run: () => Promise<Response>,
): Promise<Response> {
  if (!ZIdempotencyKey.safeParse(target.key).success) throw new InvalidIdempotencyKeyError();
  const held = {
    orgId: target.orgId,
    key: target.key,
    fingerprint: requestFingerprint(target.request.method, target.url.pathname, target.rawBody),
  };
  const claim = await claimIdempotencyKey(held);
  if (claim.kind === "replay") {
    return new Response(claim.body, {
      status: claim.status,
      headers: { "Content-Type": "application/json", "Idempotent-Replayed": "true" },
    });
  }
  const response = await run();
  const body = await response.text();
  await finishIdempotencyKey({ ...held, status: response.status, body });
  return new Response(body, { status: response.status, headers: response.headers });
}

function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  // A header that is not "Bearer <key>" reads as a malformed key, not as a missing one.
  return match ? match[1]! : header;
}

function parseParams(schema: z.ZodType, params: unknown): unknown {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new NotFoundError("The resource");
  return parsed.data;
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: merged,
  });
}
