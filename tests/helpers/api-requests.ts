import { createApiKey } from "@/lib/auth";
import { makeOrganization } from "./factories";

/** An answer's JSON as tests read it: the error shape, a list page, or an object's fields. */
export type ApiBody = {
  error?: { code: string; message: string; field?: string };
  data?: Record<string, unknown>[];
  nextCursor?: string | null;
  [field: string]: unknown;
};

type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Response | Promise<Response>;

/** A fresh organization with an API key (each key has its own rate-limit allowance). */
export async function makeApiOrganization() {
  const made = await makeOrganization();
  const { apiKey, secret } = await createApiKey({
    orgId: made.org.id,
    role: "owner",
    userId: made.user.id,
    name: "Tests",
  });
  return { ...made, apiKey, secret };
}

/**
 * Calls a route handler as Next.js would: a Request and its path parameters.
 * `body` is sent as JSON unless it is already a string (to send bad JSON).
 */
export async function callApi(
  handler: RouteHandler,
  options: {
    method?: string;
    path: string;
    key?: string | null;
    body?: unknown;
    headers?: Record<string, string>;
    params?: Record<string, string>;
  },
): Promise<{ status: number; body: ApiBody; headers: Headers }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization ??= `Bearer ${options.key}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const request = new Request(`http://localhost${options.path}`, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}
