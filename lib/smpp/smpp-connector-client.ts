import type { BindState, SmppBindOptions, SmppBindSettings } from "./bind-settings";
import { SmppBind } from "./smpp-bind";
import type { SubmitRequest, SubmitResult } from "./submit-types";

/**
 * The binds of one connector (its `binds` setting), with submits spread over
 * them: each goes to the bound bind with the least work (outstanding plus
 * queued), ties taken in turn.
 */
export class SmppConnectorClient {
  private readonly binds: SmppBind[];
  private next = 0;

  constructor(
    settings: SmppBindSettings & { binds: number },
    options: SmppBindOptions & {
      /** Like onStateChange, naming the bind (0-based), for reporting each bind's state. */
      onBindStateChange?(bindIndex: number, state: BindState): void;
    },
  ) {
    if (!Number.isInteger(settings.binds) || settings.binds < 1) {
      throw new RangeError(`Invalid SMPP connector settings: binds must be ≥ 1, got ${settings.binds}`);
    }
    const label = options.label ?? `${settings.systemId}@${settings.host}:${settings.port}`;
    this.binds = Array.from(
      { length: settings.binds },
      (_, i) =>
        new SmppBind(settings, {
          ...options,
          label: `${label}#${i + 1}`,
          onStateChange: (state) => {
            options.onStateChange?.(state);
            options.onBindStateChange?.(i, state);
          },
        }),
    );
  }

  /** One state per bind, in bind order. */
  get states(): BindState[] {
    return this.binds.map((bind) => bind.state);
  }

  /** Resolves once every bind is bound; rejects as SmppBind.start() does when any bind does. */
  async start(): Promise<void> {
    await Promise.all(this.binds.map((bind) => bind.start()));
  }

  submit(request: SubmitRequest): Promise<SubmitResult> {
    return this.pickBind().submit(request);
  }

  async close(options: { timeoutMs?: number } = {}): Promise<void> {
    await Promise.all(this.binds.map((bind) => bind.close(options)));
  }

  /** A bound bind if there is one; else one that is coming back; else any (which answers not_sent). */
  private pickBind(): SmppBind {
    const count = this.binds.length;
    const start = this.next;
    this.next = (this.next + 1) % count;
    let best: SmppBind | null = null;
    let bestRank = Infinity;
    for (let i = 0; i < count; i++) {
      const bind = this.binds[(start + i) % count]!;
      const rank = availability(bind.state.status) * 1e9 + bind.outstanding + bind.queued;
      if (rank < bestRank) {
        best = bind;
        bestRank = rank;
      }
    }
    return best ?? this.binds[start]!;
  }
}

function availability(status: BindState["status"]): number {
  switch (status) {
    case "bound":
      return 0;
    case "connecting":
    case "reconnecting":
      return 1;
    default:
      return 2;
  }
}
