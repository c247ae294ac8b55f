import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { InvalidBehaviourError, parseBehaviour } from "./behaviour";
import {
  DeliverSmUnansweredError,
  InvalidInjectionError,
  NoReceiverError,
  parseDeliverSmRequest,
  parseMoInjection,
} from "./injection";
import type { SimulatorLogger } from "./logger";
import type { SmscSimulator } from "./simulator";

/** What the control endpoints read and change. */
export type SimulatorControl = Pick<
  SmscSimulator,
  | "stats"
  | "submitsByDestination"
  | "messagesByDestination"
  | "acceptedPerSecond"
  | "resetCounts"
  | "behaviour"
  | "configure"
  | "receiptsSent"
  | "injectMo"
  | "injectDeliverSm"
>;

export interface ControlServer {
  port: number;
  close(): Promise<void>;
}

/** A config change is a few fields and at most a thousand faults, a deliver_sm at most 32 KB of hex; anything far bigger is a mistake. */
const MAX_BODY_BYTES = 256 * 1024;

type Answer = { status: number; body?: unknown };
type Endpoint = (
  simulator: SimulatorControl,
  body: unknown,
  query: URLSearchParams,
) => Answer | Promise<Answer>;

/**
 * The endpoints, by path and method. Everything is JSON; POST /config takes a
 * partial behaviour (only the fields given change; `maxSubmitsPerSecond: null`
 * lifts the limit, `receipts: null` and `autoReply: null` switch them off)
 * and answers with the whole behaviour now in force. POST /mo and
 * POST /deliver-sm send a deliver_sm and answer with the ESME's
 * command_status; GET /receipts lists the receipts sent (?offset=&limit=).
 */
const ENDPOINTS: Record<string, Partial<Record<"GET" | "POST", Endpoint>>> = {
  "/stats": { GET: (simulator) => ({ status: 200, body: simulator.stats }) },
  "/counts": {
    GET: (simulator) => ({
      status: 200,
      body: {
        messagesByDestination: Object.fromEntries(simulator.messagesByDestination()),
        submitsByDestination: Object.fromEntries(simulator.submitsByDestination()),
      },
    }),
  },
  "/per-second": {
    GET: (simulator) => ({ status: 200, body: { acceptedPerSecond: simulator.acceptedPerSecond() } }),
  },
  "/reset": {
    POST: (simulator) => {
      simulator.resetCounts();
      return { status: 200, body: simulator.stats };
    },
  },
  "/config": {
    GET: (simulator) => ({ status: 200, body: simulator.behaviour }),
    POST: (simulator, body) => {
      simulator.configure(parseBehaviour(body));
      return { status: 200, body: simulator.behaviour };
    },
  },
  "/receipts": {
    GET: (simulator, _body, query) => {
      const offset = wholeNumberParameter(query, "offset") ?? 0;
      const limit = wholeNumberParameter(query, "limit") ?? Infinity;
      return {
        status: 200,
        body: { total: simulator.stats.receiptsSent, receipts: simulator.receiptsSent(offset, limit) },
      };
    },
  },
  "/mo": {
    POST: async (simulator, body) => ({
      status: 200,
      body: { commandStatus: await simulator.injectMo(parseMoInjection(body)) },
    }),
  },
  "/deliver-sm": {
    POST: async (simulator, body) => ({
      status: 200,
      body: { commandStatus: await simulator.injectDeliverSm(parseDeliverSmRequest(body)) },
    }),
  },
};

function wholeNumberParameter(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (!/^\d+$/.test(value)) throw new BadRequestError(400, `${name} takes a whole number, not "${value}"`);
  return Number(value);
}

class BadRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A small HTTP server beside the SMPP port, so tests, benchmarks and people
 * can read the simulator's exact counts and change its faults while it runs,
 * from another process. It listens on the given host only (127.0.0.1 by
 * default): it has no authentication.
 */
export function startControlServer(options: {
  host: string;
  port: number;
  simulator: SimulatorControl;
  log: SimulatorLogger;
}): Promise<ControlServer> {
  const { simulator, log } = options;
  const server = createServer((request, response) => {
    answer(simulator, request)
      .catch((error: unknown) => {
        if (error instanceof BadRequestError) return { status: error.status, body: { error: error.message } };
        if (error instanceof InvalidBehaviourError) return { status: 400, body: { error: error.message } };
        if (error instanceof InvalidInjectionError) return { status: 400, body: { error: error.message } };
        if (error instanceof NoReceiverError) return { status: 409, body: { error: error.message } };
        if (error instanceof DeliverSmUnansweredError) return { status: 504, body: { error: error.message } };
        log.error({ err: error, path: request.url }, "control request failed");
        return { status: 500, body: { error: "internal error; see the simulator's log" } };
      })
      .then((result) => send(response, result));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      server.on("error", (error) => log.error({ err: error }, "control server error"));
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close();
        reject(new Error(`control server is not listening on TCP: ${String(address)}`));
        return;
      }
      resolve({
        port: address.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections would otherwise hold close() open until they time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function answer(simulator: SimulatorControl, request: IncomingMessage): Promise<Answer> {
  const url = new URL(request.url ?? "/", "http://control");
  const path = url.pathname;
  const methods = ENDPOINTS[path];
  if (!methods) {
    request.resume();
    throw new BadRequestError(404, `no endpoint ${path}; try ${Object.keys(ENDPOINTS).join(", ")}`);
  }
  const method = request.method === "GET" || request.method === "POST" ? request.method : undefined;
  const endpoint = method ? methods[method] : undefined;
  if (!endpoint) {
    request.resume();
    throw new BadRequestError(405, `${path} accepts ${Object.keys(methods).join(", ")}`);
  }
  const body = method === "POST" ? await readJsonBody(request) : undefined;
  return endpoint(simulator, body, url.searchParams);
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BadRequestError(413, `the body is over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  // POST /reset needs no body, and an empty config change is a no-op rather than an error.
  if (text === "") return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadRequestError(400, `the body is not valid JSON: ${(error as Error).message}`);
  }
}

function send(response: ServerResponse, { status, body }: Answer): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    // A body refused half-read leaves the rest on the connection, so it cannot carry another request.
    ...(status === 413 ? { connection: "close" } : {}),
  });
  response.end(text);
}
