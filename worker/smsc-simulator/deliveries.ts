import smpp, { type PDU } from "smpp";
import { EncodedDeliverSm, encodeDeliverSm, type DeliverSmFields } from "./deliver-sm-encoding";
import { DueQueue, FifoQueue, type Due } from "./due-queue";
import type { EsmeConnection } from "./esme-connection";
import type { SimulatorLogger } from "./logger";

export type DeliveryKind = "receipt" | "reply";

/** A deliver_sm the simulator owes an ESME: a receipt, or a subscriber's reply. */
export interface Delivery extends Due {
  readonly kind: DeliveryKind;
  /** The account whose receiving sessions may take it. */
  readonly systemId: string;
  /** Tries that failed so far: no receiving session, an error answer, a connection lost before the answer. */
  failures: number;
  /** When the latest try was written (ms since the epoch). */
  sentAt: number;
  fields(): DeliverSmFields;
}

export interface DeliveryCounts {
  /** Answered ESME_ROK. */
  sent: number;
  /** Waiting for their time, for a window slot or a receiver, or for the ESME's answer. */
  pending: number;
  /** Given up after the last try. */
  dropped: number;
}

export interface DeliveryDispatcherOptions {
  /** The bound sessions of the account that may be sent deliver_sm (receivers and transceivers). */
  receiversOf(systemId: string): readonly EsmeConnection[];
  /** Settings read at each use, so configure() takes effect at once. */
  settings(): { window: number; retryMs: number; maxAttempts: number };
  onDelivered(delivery: Delivery): void;
  log: SimulatorLogger;
}

/** Due deliveries moved from the heap per timer callback, so submits keep being answered meanwhile. */
const MAX_PER_DRAIN = 5_000;
/** A timer already set to fire this little after a new earliest time is kept rather than reset. */
const TIMER_SLACK_MS = 5;

/**
 * Sends receipts and replies when they are due: a min-heap by due time
 * drained by one timer; then, per account, a FIFO of due deliveries that
 * wait for room in a receiving session's window (deliver_sm outstanding).
 * A try that fails (no receiver bound, an error answer such as
 * ESME_RX_T_APPN, the connection lost before the answer) goes back on the
 * heap retryMs later, until maxAttempts tries have failed; then it is dropped
 * and counted. The ESME's answer, not the write, makes a delivery "sent".
 */
export class DeliveryDispatcher {
  private readonly due = new DueQueue<Delivery>();
  private readonly ready = new Map<string, FifoQueue<Delivery>>();
  private readonly outstanding = new Map<EsmeConnection, Set<Delivery>>();
  private readonly counts: Record<DeliveryKind, DeliveryCounts> = {
    receipt: { sent: 0, pending: 0, dropped: 0 },
    reply: { sent: 0, pending: 0, dropped: 0 },
  };
  private readonly rotation = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private timerDueAt = Infinity;
  private stopped = false;
  private readonly drainDue = (): void => this.drain();

  constructor(private readonly options: DeliveryDispatcherOptions) {}

  countsOf(kind: DeliveryKind): DeliveryCounts {
    return { ...this.counts[kind] };
  }

  /** Zeroes sent and dropped; pending counts what is still owed, so it stays. */
  resetCounts(): void {
    for (const counts of Object.values(this.counts)) {
      counts.sent = 0;
      counts.dropped = 0;
    }
  }

  schedule(delivery: Delivery): void {
    if (this.stopped) return;
    this.counts[delivery.kind].pending += 1;
    this.due.push(delivery);
    this.arm();
  }

  /** A session bound: deliveries waiting for a window slot may go now. */
  sessionBound(connection: EsmeConnection): void {
    if (connection.canReceive && connection.systemId !== null) this.pump(connection.systemId);
  }

  /** A session closed: what it had not answered is tried again later, like any failed try. */
  sessionClosed(connection: EsmeConnection): void {
    const unanswered = this.outstanding.get(connection);
    this.outstanding.delete(connection);
    if (!unanswered || unanswered.size === 0) return;
    const now = Date.now();
    for (const delivery of unanswered) this.retry(delivery, now, "the connection closed before the answer");
    this.arm();
  }

  /** Forgets everything owed; the simulator is going away. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due.drain();
    this.ready.clear();
    this.outstanding.clear();
    for (const counts of Object.values(this.counts)) counts.pending = 0;
  }

  private arm(): void {
    const next = this.due.nextDueAt;
    if (next === undefined || this.stopped) return;
    if (this.timer !== undefined && this.timerDueAt <= next + TIMER_SLACK_MS) return;
    clearTimeout(this.timer);
    this.timerDueAt = next;
    this.timer = setTimeout(this.drainDue, Math.max(0, next - Date.now()));
    this.timer.unref();
  }

  private drain(): void {
    this.timer = undefined;
    this.timerDueAt = Infinity;
    const now = Date.now();
    const accounts = new Set<string>();
    let taken = 0;
    for (let delivery = this.due.popDue(now); delivery; delivery = this.due.popDue(now)) {
      this.readyQueue(delivery.systemId).push(delivery);
      accounts.add(delivery.systemId);
      if (++taken >= MAX_PER_DRAIN) break;
    }
    for (const systemId of accounts) this.pump(systemId);
    this.arm();
  }

  private readyQueue(systemId: string): FifoQueue<Delivery> {
    let queue = this.ready.get(systemId);
    if (!queue) {
      queue = new FifoQueue();
      this.ready.set(systemId, queue);
    }
    return queue;
  }

  /** Sends the account's due deliveries while its receivers have window room, spreading them round-robin. */
  private pump(systemId: string): void {
    const queue = this.ready.get(systemId);
    if (!queue || queue.size === 0 || this.stopped) return;
    const receivers = this.options.receiversOf(systemId);
    if (receivers.length === 0) {
      const now = Date.now();
      for (const delivery of queue.drain()) this.retry(delivery, now, "no receiving session is bound");
      this.arm();
      return;
    }
    const { window } = this.options.settings();
    let next = this.rotation.get(systemId) ?? 0;
    while (queue.size > 0) {
      let chosen: EsmeConnection | undefined;
      for (let tried = 0; tried < receivers.length; tried++) {
        const candidate = receivers[(next + tried) % receivers.length]!;
        if ((this.outstanding.get(candidate)?.size ?? 0) < window) {
          chosen = candidate;
          next = (next + tried + 1) % receivers.length;
          break;
        }
      }
      if (!chosen) break;
      this.send(chosen, queue.shift()!);
    }
    this.rotation.set(systemId, next);
  }

  private send(connection: EsmeConnection, delivery: Delivery): void {
    const now = Date.now();
    delivery.sentAt = now;
    let written: boolean;
    try {
      const pdu = new EncodedDeliverSm(encodeDeliverSm(delivery.fields())).asPdu();
      written = connection.sendRequest(pdu, (response) => this.answered(connection, delivery, response));
    } catch (error) {
      // Only a bug in building the PDU gets here; trying again would fail the same way.
      this.options.log.error({ err: error, kind: delivery.kind }, "deliver_sm could not be encoded; dropped");
      this.counts[delivery.kind].pending -= 1;
      this.counts[delivery.kind].dropped += 1;
      return;
    }
    if (!written) {
      this.retry(delivery, now, "the connection no longer takes writes");
      this.arm();
      return;
    }
    let unanswered = this.outstanding.get(connection);
    if (!unanswered) {
      unanswered = new Set();
      this.outstanding.set(connection, unanswered);
    }
    unanswered.add(delivery);
  }

  private answered(connection: EsmeConnection, delivery: Delivery, response: PDU): void {
    // Not outstanding any more: the connection was given up on, and the delivery already retried.
    if (!this.outstanding.get(connection)?.delete(delivery)) return;
    if (response.command_status === smpp.ESME_ROK && response.command === "deliver_sm_resp") {
      this.counts[delivery.kind].pending -= 1;
      this.counts[delivery.kind].sent += 1;
      this.options.onDelivered(delivery);
    } else {
      const status = `0x${response.command_status.toString(16).padStart(8, "0")}`;
      this.retry(delivery, Date.now(), `the ESME answered ${response.command} ${status}`);
      this.arm();
    }
    this.pump(delivery.systemId);
  }

  private retry(delivery: Delivery, now: number, reason: string): void {
    delivery.failures += 1;
    const { retryMs, maxAttempts } = this.options.settings();
    if (delivery.failures >= maxAttempts) {
      this.counts[delivery.kind].pending -= 1;
      this.counts[delivery.kind].dropped += 1;
      // Debug, not warn: with no receiver bound a benchmark would log 100,000 of these; stats count them.
      this.options.log.debug(
        { kind: delivery.kind, systemId: delivery.systemId, tries: delivery.failures, reason },
        "deliver_sm dropped after its last try",
      );
      return;
    }
    this.options.log.debug(
      { kind: delivery.kind, systemId: delivery.systemId, reason },
      "deliver_sm to be tried again",
    );
    delivery.dueAt = now + retryMs;
    this.due.push(delivery);
  }
}
