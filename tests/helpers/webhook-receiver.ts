import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhook } from "@/lib/webhooks";

export type ReceivedWebhook = {
  headers: IncomingHttpHeaders;
  body: string;
  /** The parsed payload when the signature verified, else null. */
  payload: unknown;
  verificationError: string | null;
};

/**
 * A local endpoint that checks every delivery with verifyWebhook, as a
 * customer's receiver would, and answers the queued status codes in turn
 * (200 when the queue is empty).
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const answers: number[] = [];
  let secret = "";
  let answerText: string | null = null;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let payload: unknown = null;
      let verificationError: string | null = null;
      try {
        payload = verifyWebhook(secret, request.headers, body, { toleranceSeconds: 300 });
      } catch (error) {
        verificationError = (error as Error).message;
      }
      received.push({ headers: request.headers, body, payload, verificationError });
      const status = verificationError ? 401 : (answers.shift() ?? 200);
      // A redirect points back here: a client that followed it would be counted twice.
      const location = status >= 300 && status < 400 ? { location: "/hooks/relay?redirected" } : {};
      response
        .writeHead(status, { "content-type": "text/plain", ...location })
        .end(answerText ?? `answered ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/relay`,
    received,
    /** The status codes to answer next, in order. */
    answer: (...codes: number[]) => answers.push(...codes),
    /** The body of every answer from now on (default "answered <status>"). */
    answerBody: (text: string) => {
      answerText = text;
    },
    useSecret: (value: string) => {
      secret = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
