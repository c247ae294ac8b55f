import { describe, expect, it } from "vitest";
import { BIND_STATE_TTL_SECONDS, summarizeBindStates, type ReportedBind } from "../connector-state";

const NOW = Date.parse("2026-11-25T12:00:00.000Z");

function bind(
  workerId: string,
  status: ReportedBind["status"],
  secondsAgo: number,
  error: string | null = null,
) {
  return { workerId, bindIndex: 0, status, error, at: NOW - secondsAgo * 1000 };
}

describe("summarizeBindStates", () => {
  it("is idle with no binds", () => {
    expect(summarizeBindStates([], NOW)).toEqual({
      state: "idle",
      error: null,
      binds: [],
      at: "2026-11-25T12:00:00.000Z",
    });
  });

  it("is bound when any bind is bound, whatever the others say", () => {
    const state = summarizeBindStates([bind("b", "failed", 1, "bind refused"), bind("a", "bound", 20)], NOW);
    expect(state).toMatchObject({ state: "bound", error: null });
    expect(state.binds.map((b) => b.workerId)).toEqual(["a", "b"]);
  });

  it("takes the latest report's status and the latest error when none is bound", () => {
    expect(
      summarizeBindStates(
        [
          bind("a", "failed", 30, "old error"),
          bind("b", "reconnecting", 5, "connection lost"),
          bind("c", "connecting", 1),
        ],
        NOW,
      ),
    ).toMatchObject({ state: "connecting", error: "connection lost" });
  });

  it("leaves out binds not reported for the expiry time", () => {
    const state = summarizeBindStates(
      [
        bind("dead", "bound", BIND_STATE_TTL_SECONDS + 1),
        bind("alive", "failed", BIND_STATE_TTL_SECONDS, "timeout"),
      ],
      NOW,
    );
    expect(state).toMatchObject({ state: "failed", error: "timeout" });
    expect(state.binds.map((b) => b.workerId)).toEqual(["alive"]);
  });
});
