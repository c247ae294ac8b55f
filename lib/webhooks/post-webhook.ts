import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { assertPublicHost, guardedLookup, type AddressPolicy } from "./address-guard";

/** How much of an answer's body is kept for the delivery log; the rest is not read. */
export const RESPONSE_EXCERPT_BYTES = 1024;

export type PostResult = {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  responseExcerpt: string | null;
};

export type WebhookRequest = {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  policy: AddressPolicy;
};

/**
 * POSTs one signed delivery. The address connected to is checked by the
 * lookup (IP literals, which skip the lookup, before connecting); redirects
 * are never followed (a 3xx is an answer like any other); the whole exchange
 * is bounded by timeoutMs, and at most RESPONSE_EXCERPT_BYTES of the answer
 * is read. Never throws: a failure is a result with its reason.
 */
export async function postWebhook(webhook: WebhookRequest): Promise<PostResult> {
  const started = Date.now();
  const done = (result: Omit<PostResult, "durationMs">): PostResult => ({
    ...result,
    durationMs: Date.now() - started,
  });
  let url: URL;
  try {
    url = new URL(webhook.url);
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (isIP(host)) await assertPublicHost(host, webhook.policy);
  } catch (error) {
    return done({ statusCode: null, error: (error as Error).message, responseExcerpt: null });
  }
  return new Promise<PostResult>((resolve) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(url, {
      method: "POST",
      headers: {
        ...webhook.headers,
        "content-type": "application/json",
        "content-length": Buffer.byteLength(webhook.body),
        "user-agent": "Relay-Webhooks/1",
      },
      lookup: guardedLookup(webhook.policy),
      timeout: webhook.timeoutMs,
    });
    const timer = setTimeout(
      () => request.destroy(new Error(`No answer within ${webhook.timeoutMs} ms.`)),
      webhook.timeoutMs,
    );
    const finish = (result: Omit<PostResult, "durationMs">) => {
      clearTimeout(timer);
      resolve(done(result));
    };
    request.on("timeout", () => request.destroy(new Error(`No answer within ${webhook.timeoutMs} ms.`)));
    request.on("error", (error) => finish({ statusCode: null, error: error.message, responseExcerpt: null }));
    request.on("response", (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const settle = () => {
        response.removeAllListeners();
        response.on("error", () => undefined);
        response.destroy();
        finish({
          statusCode: response.statusCode ?? null,
          error: null,
          // PostgreSQL text cannot hold NUL; an endpoint may answer anything.
          responseExcerpt: Buffer.concat(chunks)
            .subarray(0, RESPONSE_EXCERPT_BYTES)
            .toString("utf8")
            .replaceAll("\0", ""),
        });
      };
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= RESPONSE_EXCERPT_BYTES) settle();
      });
      response.on("end", settle);
      response.on("error", settle);
    });
    request.end(webhook.body);
  });
}
