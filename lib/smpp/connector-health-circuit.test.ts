import { describe, expect, it } from "vitest";
import {
  applyCircuitOutcome,
  circuitStatus,
  claimCircuitProbe,
  CLOSED_CIRCUIT,
  judgeConnectorHealth,
  type CircuitOutcome,
  type CircuitState,
} from "./connector-health-circuit";
import type { ConnectorState } from "./connector-state";

const settings = { failureThreshold: 3, cooldownMs: 30_000 };
const T0 = Date.parse("2026-03-01T12:00:00.000Z");
const failure: CircuitOutcome = { kind: "failure", error: "ESME_RSYSERR: System error" };
const success: CircuitOutcome = { kind: "success" };

function fail(state: CircuitState, times: number, now: number): CircuitState {
  let next = state;
  for (let i = 0; i < times; i++) next = applyCircuitOutcome(next, failure, now, settings);
  return next;
}

describe("circuit breaker", () => {
  it("stays closed below the threshold and opens at it for the cool-down", () => {
    const below = fail(CLOSED_CIRCUIT, 2, T0);
    expect(below).toEqual({ failures: 2, openUntil: null, probeUntil: null, lastError: failure.error });
    expect(circuitStatus(below, T0)).toEqual({ status: "closed" });

    const open = fail(below, 1, T0 + 5);
    expect(open).toEqual({
      failures: 3,
      openUntil: T0 + 5 + 30_000,
      probeUntil: null,
      lastError: failure.error,
    });
    expect(circuitStatus(open, T0 + 5 + 29_999)).toEqual({ status: "open", until: T0 + 30_005 });
    expect(circuitStatus(open, T0 + 5 + 30_000)).toEqual({ status: "half_open" });
  });

  it("counts only failures in a row: a success in between starts again", () => {
    const state = applyCircuitOutcome(fail(CLOSED_CIRCUIT, 2, T0), success, T0, settings);
    expect(state).toEqual(CLOSED_CIRCUIT);
    expect(circuitStatus(fail(state, 2, T0), T0)).toEqual({ status: "closed" });
  });

  it("keeps the cool-down when failures of messages sent earlier arrive while open", () => {
    const open = fail(CLOSED_CIRCUIT, 3, T0);
    const later = fail(open, 4, T0 + 10_000);
    expect(later.openUntil).toBe(T0 + 30_000);
    expect(later.failures).toBe(7);
  });

  it("lets exactly one probe through after the cool-down; its success closes the circuit", () => {
    const open = fail(CLOSED_CIRCUIT, 3, T0);
    expect(claimCircuitProbe(open, T0 + 29_999, settings)).toBeNull();
    const probing = claimCircuitProbe(open, T0 + 30_000, settings);
    expect(probing).toEqual({ ...open, probeUntil: T0 + 60_000 });
    expect(circuitStatus(probing!, T0 + 30_001)).toEqual({ status: "probing", until: T0 + 60_000 });
    expect(claimCircuitProbe(probing!, T0 + 30_001, settings)).toBeNull();
    expect(applyCircuitOutcome(probing!, success, T0 + 31_000, settings)).toEqual(CLOSED_CIRCUIT);
  });

  it("opens again for a whole cool-down when the probe fails", () => {
    const probing = claimCircuitProbe(fail(CLOSED_CIRCUIT, 3, T0), T0 + 30_000, settings)!;
    const reopened = applyCircuitOutcome(probing, failure, T0 + 31_000, settings);
    expect(reopened).toMatchObject({ openUntil: T0 + 61_000, probeUntil: null });
    expect(circuitStatus(reopened, T0 + 60_999).status).toBe("open");
  });

  it("allows another probe when the first one's outcome never comes", () => {
    const probing = claimCircuitProbe(fail(CLOSED_CIRCUIT, 3, T0), T0 + 30_000, settings)!;
    expect(claimCircuitProbe(probing, T0 + 60_000, settings)).toEqual({
      ...probing,
      probeUntil: T0 + 90_000,
    });
  });

  it("opens at once when the bind cannot be made", () => {
    const state = applyCircuitOutcome(
      CLOSED_CIRCUIT,
      { kind: "bind_failed", error: "bind refused" },
      T0,
      settings,
    );
    expect(state).toEqual({
      failures: 1,
      openUntil: T0 + 30_000,
      probeUntil: null,
      lastError: "bind refused",
    });
  });
});

describe("judgeConnectorHealth", () => {
  const binds = (state: ConnectorState["state"], error: string | null = null): ConnectorState => ({
    state,
    error,
    binds: [],
    at: new Date(T0).toISOString(),
  });

  it("counts a connector no worker reported on, or bound, or connecting, as healthy", () => {
    expect(judgeConnectorHealth(undefined, null, T0)).toEqual({ status: "healthy" });
    expect(judgeConnectorHealth(binds("idle"), null, T0)).toEqual({ status: "healthy" });
    expect(judgeConnectorHealth(binds("bound"), null, T0)).toEqual({ status: "healthy" });
    expect(judgeConnectorHealth(binds("connecting"), null, T0)).toEqual({ status: "healthy" });
  });

  it("says binds down for failed or reconnecting binds, whatever the circuit says", () => {
    expect(judgeConnectorHealth(binds("reconnecting", "ECONNREFUSED"), null, T0)).toEqual({
      status: "binds_down",
      error: "ECONNREFUSED",
    });
    expect(judgeConnectorHealth(binds("failed", "bind refused"), CLOSED_CIRCUIT, T0).status).toBe(
      "binds_down",
    );
  });

  it("shows the circuit's state with its time and last error", () => {
    const open = fail(CLOSED_CIRCUIT, 3, T0);
    expect(judgeConnectorHealth(binds("bound"), open, T0 + 1)).toEqual({
      status: "circuit_open",
      until: "2026-03-01T12:00:30.000Z",
      error: failure.error,
    });
    expect(judgeConnectorHealth(binds("bound"), open, T0 + 30_000)).toEqual({
      status: "half_open",
      error: failure.error,
    });
    expect(judgeConnectorHealth(binds("bound"), fail(CLOSED_CIRCUIT, 2, T0), T0)).toEqual({
      status: "healthy",
    });
  });
});
