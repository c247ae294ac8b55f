import type { Redis } from "ioredis";
import type { PDU } from "smpp";
import type { Logger } from "@/lib/logger";
import { SendSlots, type SendConnector } from "@/lib/messaging";
import {
  createRateLimiter,
  recordConnectorOutcome,
  reportBindState,
  SmppConnectorClient,
  type BindState,
} from "@/lib/smpp";
import { db } from "@/lib/db";
import { loadConnectorSettings, type ConnectorSettings } from "@/lib/smpp/connectors";

/** Without keepBound, binds nobody used for this long are let go (unbound) by the sweep. */
const IDLE_MS = 5 * 60_000;
const SWEEP_MS = 60_000;
/** Bind states are re-reported this often, so the Settings page knows the worker is alive. */
const REPORT_MS = 30_000;
/**
 * How long a send job waits for a connector's first bind. The client keeps
 * trying in the background; the job fails and BullMQ retries it later, its
 * messages still queued.
 */
const FIRST_BIND_WAIT_MS = 20_000;

interface Entry {
  fingerprint: string;
  client: SmppConnectorClient;
  connector: SendConnector;
  ready: Promise<void>;
  lastUsed: number;
  states: BindState[];
  settings: ConnectorSettings;
}

/**
 * The worker's SMPP binds, one client per connector, shared by every send
 * job in this process. With `keepBound`, every enabled connector stays bound
 * so receipts and replies arrive even when nothing is being sent; otherwise
 * binds open on first use and close when idle. A connector whose settings
 * changed is re-bound with the new ones. Each bind's state goes to Redis for
 * the Settings page.
 */
export class ConnectorPool {
  private readonly entries = new Map<string, Entry>();
  private readonly sweep: NodeJS.Timeout;
  private readonly report: NodeJS.Timeout;

  constructor(
    private readonly redis: Redis,
    private readonly workerId: string,
    private readonly logger: Logger,
    /** What the binds of a connector do with deliver_sm (receipts and inbound messages). */
    private readonly deliverSmHandler: (settings: ConnectorSettings) => (pdu: PDU) => Promise<void>,
    private readonly keepBound: boolean,
  ) {
    this.sweep = setInterval(() => void (keepBound ? this.bindEnabled() : this.closeIdle()), SWEEP_MS);
    this.sweep.unref();
    this.report = setInterval(() => this.reportAll(), REPORT_MS);
    this.report.unref();
  }

  async connectorFor(orgId: string, connectorId: string): Promise<SendConnector> {
    const settings = await loadConnectorSettings(orgId, connectorId);
    if (!settings.enabled) throw new Error(`The SMPP connector "${settings.name}" is disabled.`);
    const fingerprint = JSON.stringify(settings);
    let entry = this.entries.get(connectorId);
    if (entry && entry.fingerprint !== fingerprint) {
      this.entries.delete(connectorId);
      void this.closeEntry(entry);
      entry = undefined;
    }
    if (!entry) {
      entry = this.open(settings, fingerprint);
      this.entries.set(connectorId, entry);
    }
    entry.lastUsed = Date.now();
    try {
      await withDeadline(
        entry.ready,
        FIRST_BIND_WAIT_MS,
        `The SMSC of "${settings.name}" is not reachable yet.`,
      );
    } catch (error) {
      // Routing skips the connector until its circuit's cool-down ends (lib/smpp/connector-health.ts).
      await recordConnectorOutcome({
        orgId,
        connectorId,
        outcome: { kind: "bind_failed", error: error instanceof Error ? error.message : String(error) },
      }).catch((failure: unknown) => this.logger.warn({ err: failure }, "could not record the bind failure"));
      if (error instanceof BindWaitTimeout) throw error;
      // A refused first bind: forget it, so the job's retry binds afresh.
      if (this.entries.get(connectorId) === entry) this.entries.delete(connectorId);
      void this.closeEntry(entry);
      throw error;
    }
    return entry.connector;
  }

  /**
   * Binds every enabled connector not bound yet and lets go of those that
   * were disabled or deleted. Runs at start and every minute.
   */
  async bindEnabled(): Promise<void> {
    const enabled = await db.smppConnector.findMany({
      where: { enabled: true },
      select: { id: true, orgId: true },
    });
    const wanted = new Set(enabled.map((connector) => connector.id));
    for (const [id, entry] of this.entries) {
      if (wanted.has(id)) continue;
      this.entries.delete(id);
      await this.closeEntry(entry);
    }
    for (const connector of enabled) {
      if (this.entries.has(connector.id)) continue;
      // The client keeps retrying on its own; a refusal is reported as the bind's state.
      void this.connectorFor(connector.orgId, connector.id).catch((error: unknown) =>
        this.logger.warn({ err: error, connectorId: connector.id }, "could not bind a connector to receive"),
      );
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweep);
    clearInterval(this.report);
    const entries = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(entries.map((entry) => this.closeEntry(entry)));
  }

  private open(settings: ConnectorSettings, fingerprint: string): Entry {
    const states: BindState[] = [];
    const client = new SmppConnectorClient(settings, {
      logger: this.logger.child({ connector: settings.name, connectorId: settings.id }),
      label: settings.name,
      onDeliverSm: this.deliverSmHandler(settings),
      onBindStateChange: (bindIndex, state) => {
        states[bindIndex] = state;
        this.reportState(settings, bindIndex, state);
      },
    });
    const connector: SendConnector = {
      submitter: client,
      limiter: createRateLimiter(this.redis, { key: settings.id, perSecond: settings.throughputPerSecond }),
      // Exactly the window: a message is written (and journaled) only when it can go
      // on the wire at once, so after a crash the in-doubt set is what was on the wire
      // (README, "Exactly once"). More binds, not a deeper queue, add throughput.
      slots: new SendSlots(settings.windowSize * settings.binds),
    };
    const ready = client.start();
    ready.catch(() => undefined);
    return { fingerprint, client, connector, ready, lastUsed: Date.now(), states, settings };
  }

  private reportState(settings: ConnectorSettings, bindIndex: number, state: BindState): void {
    reportBindState(this.redis, {
      orgId: settings.orgId,
      connectorId: settings.id,
      workerId: this.workerId,
      bindIndex,
      status: state.status,
      error: state.error?.slice(0, 500) ?? null,
    }).catch((error: unknown) => this.logger.warn({ err: error }, "could not report bind state"));
  }

  private reportAll(): void {
    for (const entry of this.entries.values()) {
      entry.states.forEach((state, index) => this.reportState(entry.settings, index, state));
    }
  }

  private async closeIdle(): Promise<void> {
    const now = Date.now();
    for (const [id, entry] of this.entries) {
      if (now - entry.lastUsed < IDLE_MS) continue;
      this.entries.delete(id);
      await this.closeEntry(entry);
    }
  }

  private async closeEntry(entry: Entry): Promise<void> {
    await entry.client.close().catch((error: unknown) => this.logger.warn({ err: error }, "unbind failed"));
    entry.states.forEach((_, index) =>
      this.reportState(entry.settings, index, { status: "closed", error: null, since: new Date() }),
    );
  }
}

class BindWaitTimeout extends Error {}

function withDeadline<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BindWaitTimeout(message)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
