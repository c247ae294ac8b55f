import smpp from "smpp";

export interface SubmitOutcomeCounts {
  /** submit_sm accepted (answered ESME_ROK). */
  submitted: number;
  /** submit_sm answered ESME_RTHROTTLED, by the rate limit or a "throttled" fault. */
  throttled: number;
  /** submit_sm answered with any other error status. */
  rejected: number;
  /** submit_sm left unanswered on purpose (a "no_response" fault). */
  unanswered: number;
}

export interface AcceptedInSecond {
  /** Unix seconds. */
  second: number;
  count: number;
}

/**
 * Exact, uncapped counts of what the simulator did with each submit_sm, for
 * tests and benchmarks to compare with what the product believes it sent.
 * Each submit costs a few Map updates, whatever the run's length.
 */
export class SubmitCounts {
  private outcomes: SubmitOutcomeCounts = { submitted: 0, throttled: 0, rejected: 0, unanswered: 0 };
  private submitsPerDestination = new Map<string, number>();
  private messagesPerDestination = new Map<string, number>();
  private acceptedPerSecondMap = new Map<number, number>();

  get outcomeCounts(): SubmitOutcomeCounts {
    return { ...this.outcomes };
  }

  countAccepted(destinationAddr: string, startsMessage: boolean, nowMs: number): void {
    this.outcomes.submitted += 1;
    increment(this.submitsPerDestination, destinationAddr);
    if (startsMessage) increment(this.messagesPerDestination, destinationAddr);
    increment(this.acceptedPerSecondMap, Math.floor(nowMs / 1000));
  }

  countRefused(commandStatus: number): void {
    if (commandStatus === smpp.ESME_RTHROTTLED) this.outcomes.throttled += 1;
    else this.outcomes.rejected += 1;
  }

  countUnanswered(): void {
    this.outcomes.unanswered += 1;
  }

  /** Accepted submit_sm PDUs per destination_addr (a 3-part message counts 3). */
  submitsByDestination(): Map<string, number> {
    return new Map(this.submitsPerDestination);
  }

  /** Accepted messages per destination_addr (a 3-part message counts once). */
  messagesByDestination(): Map<string, number> {
    return new Map(this.messagesPerDestination);
  }

  /** Accepted submit_sm per wall-clock second, oldest first; seconds without any are left out. */
  acceptedPerSecond(): AcceptedInSecond[] {
    return Array.from(this.acceptedPerSecondMap, ([second, count]) => ({ second, count })).sort(
      (a, b) => a.second - b.second,
    );
  }

  reset(): void {
    this.outcomes = { submitted: 0, throttled: 0, rejected: 0, unanswered: 0 };
    this.submitsPerDestination = new Map();
    this.messagesPerDestination = new Map();
    this.acceptedPerSecondMap = new Map();
  }
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
