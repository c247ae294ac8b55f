import type { ConnectorState } from "./connector-state";

/*
 * The circuit breaker of one connector, as pure functions of a stored state
 * and the time, so every worker applies the same rules to the state they
 * share in Redis (lib/smpp/connector-health.ts) and tests can move the
 * clock. Closed: traffic flows. `failureThreshold` system errors or
 * unanswered submits in a row open it for `cooldownMs`; then it is half
 * open and lets one probe message through; the probe's success closes it,
 * its failure opens it again. A bind that cannot be made opens it at once.
 */

export interface CircuitSettings {
  failureThreshold: number;
  cooldownMs: number;
}

export interface CircuitState {
  /** Failures since the last success. */
  failures: number;
  /** Epoch ms until which the circuit is open; null while closed. */
  openUntil: number | null;
  /** Epoch ms until which a probe that was let through is awaited; null when none is out. */
  probeUntil: number | null;
  /** The latest failure, in words, for the Settings page. */
  lastError: string | null;
}

/** What the send path learned from one message about its connector. */
export type CircuitOutcome =
  /** The SMSC answered: accepted, or refused the message itself (a permanent error). */
  | { kind: "success" }
  /** A system error, or a submit the SMSC never answered. */
  | { kind: "failure"; error: string }
  /** The bind could not be made: no point waiting for more evidence. */
  | { kind: "bind_failed"; error: string };

export const CLOSED_CIRCUIT: CircuitState = {
  failures: 0,
  openUntil: null,
  probeUntil: null,
  lastError: null,
};

export type CircuitStatus =
  | { status: "closed" }
  | { status: "open"; until: number }
  /** Cool-down over: the next message may go as a probe. */
  | { status: "half_open" }
  /** Cool-down over and a probe is out: others wait for its outcome (or for `until`, if it never comes). */
  | { status: "probing"; until: number };

export function circuitStatus(state: CircuitState, now: number): CircuitStatus {
  if (state.openUntil === null) return { status: "closed" };
  if (now < state.openUntil) return { status: "open", until: state.openUntil };
  if (state.probeUntil !== null && now < state.probeUntil)
    return { status: "probing", until: state.probeUntil };
  return { status: "half_open" };
}

export function applyCircuitOutcome(
  state: CircuitState,
  outcome: CircuitOutcome,
  now: number,
  settings: CircuitSettings,
): CircuitState {
  if (outcome.kind === "success") return CLOSED_CIRCUIT;
  const failures = state.failures + 1;
  const open = (): CircuitState => ({
    failures,
    openUntil: now + settings.cooldownMs,
    probeUntil: null,
    lastError: outcome.error,
  });
  if (outcome.kind === "bind_failed") return open();
  const { status } = circuitStatus(state, now);
  // While open, late answers of messages sent before it opened change nothing;
  // after the cool-down, a failure (the probe's, typically) opens it again.
  if (status === "open") return { ...state, failures, lastError: outcome.error };
  if (status !== "closed" || failures >= settings.failureThreshold) return open();
  return { ...state, failures, lastError: outcome.error };
}

/** Lets one message through a half-open circuit; null when the circuit is not half open. */
export function claimCircuitProbe(
  state: CircuitState,
  now: number,
  settings: CircuitSettings,
): CircuitState | null {
  if (circuitStatus(state, now).status !== "half_open") return null;
  // A probe whose outcome never comes (its worker died) frees the way after another cool-down.
  return { ...state, probeUntil: now + settings.cooldownMs };
}

/** A connector's health as routing sees it and the Routes page shows it (times as ISO strings). */
export type ConnectorHealth =
  | { status: "healthy" }
  | { status: "binds_down"; error: string | null }
  | { status: "circuit_open"; until: string; error: string | null }
  | { status: "half_open"; error: string | null }
  | { status: "probing"; until: string; error: string | null };

/**
 * Binds reported failed or reconnecting make a connector unhealthy whatever
 * its circuit says; a connector no worker reported on (never used yet, or
 * let go when idle) counts as healthy.
 */
export function judgeConnectorHealth(
  binds: ConnectorState | undefined,
  circuit: CircuitState | null,
  now: number,
): ConnectorHealth {
  if (binds && (binds.state === "failed" || binds.state === "reconnecting")) {
    return { status: "binds_down", error: binds.error };
  }
  if (!circuit) return { status: "healthy" };
  const status = circuitStatus(circuit, now);
  switch (status.status) {
    case "closed":
      return { status: "healthy" };
    case "open":
      return {
        status: "circuit_open",
        until: new Date(status.until).toISOString(),
        error: circuit.lastError,
      };
    case "probing":
      return { status: "probing", until: new Date(status.until).toISOString(), error: circuit.lastError };
    case "half_open":
      return { status: "half_open", error: circuit.lastError };
  }
}
