import { RECEIPT_STATS, type ReceiptStat } from "@/lib/smpp/receipts";
import {
  DEFAULT_RECEIPT_SETTINGS,
  drawDelayMs,
  effectiveReceiptSettings,
  type EffectiveReceiptSettings,
  type ReceiptSettings,
} from "./behaviour";

/** The states that report a failure; registered_delivery 2 asks for receipts of these only. */
const FAILURES: ReadonlySet<ReceiptStat> = new Set(["UNDELIV", "EXPIRED", "DELETED", "REJECTD"]);

/** The err: a receipt of this state carries: 000 for delivered and in-progress states, 001 for failures. */
export function receiptErrorCode(stat: ReceiptStat): number {
  return FAILURES.has(stat) ? 1 : 0;
}

/**
 * Decides, per accepted submit, whether a receipt goes out, with which state
 * and when. Runs once per submit, so the outcome weights are kept as a
 * cumulative table and drawn with one random number.
 */
export class ReceiptPlan {
  private settings: EffectiveReceiptSettings | null = null;
  private stats: ReceiptStat[] = [];
  private cumulative: number[] = [];

  constructor(receipts: ReceiptSettings | null = null) {
    this.update(receipts);
  }

  update(receipts: ReceiptSettings | null): void {
    this.settings = receipts ? effectiveReceiptSettings(receipts) : null;
    this.stats = [];
    this.cumulative = [];
    let total = 0;
    for (const stat of RECEIPT_STATS) {
      const weight = this.settings?.outcomes[stat] ?? 0;
      if (weight <= 0) continue;
      total += weight;
      this.stats.push(stat);
      this.cumulative.push(total);
    }
  }

  /** The settings in force; null when receipts are off. */
  get effective(): EffectiveReceiptSettings | null {
    if (!this.settings) return null;
    return { ...this.settings, outcomes: { ...this.settings.outcomes } };
  }

  /** What receipts use when they are off but an "undelivered" fault still sends one. */
  private get inForce(): EffectiveReceiptSettings {
    return this.settings ?? DEFAULT_RECEIPT_SETTINGS;
  }

  /**
   * The state of this submit's receipt, or null when it gets none: it did not
   * ask (registered_delivery bits 0-1: 1 any outcome, 2 failures only), or
   * receipts are off and it is not to be undelivered.
   */
  decide(registeredDelivery: number, undelivered: boolean): ReceiptStat | null {
    const wanted = registeredDelivery & 0x03;
    if (wanted !== 1 && wanted !== 2) return null;
    if (!undelivered && !this.settings) return null;
    const stat = undelivered ? "UNDELIV" : this.draw();
    if (wanted === 2 && !FAILURES.has(stat)) return null;
    return stat;
  }

  delayMs(): number {
    return drawDelayMs(this.inForce.delayMs);
  }

  get idInText(): "hex" | "decimal" {
    return this.inForce.idInText;
  }

  get tlvs(): boolean {
    return this.inForce.tlvs;
  }

  get retryMs(): number {
    return this.inForce.retryMs;
  }

  get maxAttempts(): number {
    return this.inForce.maxAttempts;
  }

  private draw(): ReceiptStat {
    const stats = this.stats;
    if (stats.length === 1) return stats[0]!;
    const point = Math.random() * this.cumulative[this.cumulative.length - 1]!;
    for (let i = 0; i < stats.length - 1; i++) if (point < this.cumulative[i]!) return stats[i]!;
    return stats[stats.length - 1]!;
  }
}
