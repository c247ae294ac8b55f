import smpp from "smpp";
import { drawDelayMs, type EffectiveBehaviour, type FaultKind, type SimulatorBehaviour } from "./behaviour";

/** What `SubmitPolicy.decide` returns for a submit that is to get no answer at all. */
export const NO_RESPONSE = -1;
/** What it returns for a submit to accept whose receipt is to say UNDELIV. */
export const UNDELIVERED = -2;

/** The part of the behaviour that decides submit_sm answers. */
export type SubmitBehaviour = Pick<
  EffectiveBehaviour,
  "maxSubmitsPerSecond" | "responseLatencyMs" | "permanentErrorRate" | "faults"
>;

const FAULT_STATUS: Record<FaultKind, number> = {
  no_response: NO_RESPONSE,
  throttled: smpp.ESME_RTHROTTLED,
  queue_full: smpp.ESME_RMSGQFUL,
  system_error: smpp.ESME_RSYSERR,
  permanent: smpp.ESME_RINVDSTADR,
  undelivered: UNDELIVERED,
};

/**
 * Decides how a valid submit_sm is answered: the rate limit, the faults by
 * destination, the random permanent errors, and how late the answer goes out.
 * Runs once per submit, so it allocates nothing and skips what is switched off.
 */
export class SubmitPolicy {
  private maxPerSecond: number | null = null;
  private latency: SubmitBehaviour["responseLatencyMs"] = 0;
  private errorRate = 0;
  private faults: { suffix: string; status: number }[] = [];
  private faultList: SubmitBehaviour["faults"] = [];
  /** The wall-clock second (unix seconds) the rate window counts, and what it let through so far. */
  private windowSecond = -1;
  private windowCount = 0;

  constructor(behaviour: SimulatorBehaviour = {}) {
    this.update(behaviour);
  }

  /** Changes only the fields given; the current rate window keeps its count. */
  update(change: SimulatorBehaviour): void {
    if (change.maxSubmitsPerSecond !== undefined) this.maxPerSecond = change.maxSubmitsPerSecond;
    if (change.responseLatencyMs !== undefined) this.latency = change.responseLatencyMs;
    if (change.permanentErrorRate !== undefined) this.errorRate = change.permanentErrorRate;
    if (change.faults !== undefined) {
      this.faultList = change.faults.map((fault) => ({ ...fault }));
      this.faults = change.faults.map(({ suffix, kind }) => ({ suffix, status: FAULT_STATUS[kind] }));
    }
  }

  get behaviour(): SubmitBehaviour {
    return {
      maxSubmitsPerSecond: this.maxPerSecond,
      responseLatencyMs: typeof this.latency === "number" ? this.latency : { ...this.latency },
      permanentErrorRate: this.errorRate,
      faults: this.faultList.map((fault) => ({ ...fault })),
    };
  }

  /**
   * The command_status to answer with (ESME_ROK to accept), NO_RESPONSE, or
   * UNDELIVERED (accept, and make its receipt UNDELIV).
   * The rate limit comes first, as at a carrier's front door: every submit it
   * lets through uses up the second's allowance, whatever answer it then gets.
   */
  decide(destinationAddr: string, nowMs: number): number {
    if (!this.takeFromWindow(nowMs)) return smpp.ESME_RTHROTTLED;
    for (const fault of this.faults) if (destinationAddr.endsWith(fault.suffix)) return fault.status;
    if (this.errorRate > 0 && Math.random() < this.errorRate) return smpp.ESME_RINVDSTADR;
    return smpp.ESME_ROK;
  }

  /** How long to hold this submit_sm_resp back; 0 sends it at once. */
  responseDelayMs(): number {
    return drawDelayMs(this.latency);
  }

  /** Counts even without a limit, so one set mid-second knows what that second has already let through. */
  private takeFromWindow(nowMs: number): boolean {
    const second = Math.floor(nowMs / 1000);
    if (second !== this.windowSecond) {
      this.windowSecond = second;
      this.windowCount = 0;
    }
    if (this.maxPerSecond !== null && this.windowCount >= this.maxPerSecond) return false;
    this.windowCount += 1;
    return true;
  }
}
