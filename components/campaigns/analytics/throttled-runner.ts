/**
 * Runs an async task on request, never two at once and never sooner than
 * `minGapMs` after the last run started (or twice the last run's duration,
 * when a large report takes long to read). Requests that come meanwhile
 * collapse into one run at the next allowed moment, so the last request is
 * always answered.
 */
export class ThrottledRunner {
  private running = false;
  private requested = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastStart = Number.NEGATIVE_INFINITY;
  private lastDuration = 0;
  private disposed = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly minGapMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  request(): void {
    if (this.disposed) return;
    this.requested = true;
    this.schedule();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.running || this.timer || !this.requested || this.disposed) return;
    const gap = Math.max(this.minGapMs, 2 * this.lastDuration);
    const wait = Math.max(0, this.lastStart + gap - this.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, wait);
  }

  private async run(): Promise<void> {
    if (this.disposed || !this.requested) return;
    this.requested = false;
    this.running = true;
    this.lastStart = this.now();
    try {
      await this.task();
    } finally {
      this.lastDuration = this.now() - this.lastStart;
      this.running = false;
      this.schedule();
    }
  }
}
