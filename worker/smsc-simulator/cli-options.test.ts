import { describe, expect, it } from "vitest";
import { parseSimulatorArgs, UsageError } from "./cli-options";

describe("parseSimulatorArgs", () => {
  it("keeps today's behaviour without flags", () => {
    expect(parseSimulatorArgs([])).toEqual({ behaviour: {}, controlPort: undefined, help: false });
  });

  it("reads every flag, in both --flag value and --flag=value forms", () => {
    expect(
      parseSimulatorArgs([
        "--max-per-second",
        "500",
        "--latency-ms=20-80",
        "--permanent-error-rate",
        "0.05",
        "--control-port",
        "0",
        "--fault",
        "999=no_response",
        "--fault=998=queue_full",
      ]),
    ).toEqual({
      behaviour: {
        maxSubmitsPerSecond: 500,
        responseLatencyMs: { min: 20, max: 80 },
        permanentErrorRate: 0.05,
        faults: [
          { suffix: "999", kind: "no_response" },
          { suffix: "998", kind: "queue_full" },
        ],
      },
      controlPort: 0,
      help: false,
    });
    expect(parseSimulatorArgs(["--latency-ms", "15"]).behaviour).toEqual({ responseLatencyMs: 15 });
  });

  it.each([
    [["--max-per-second", "0"], '--max-per-second takes a whole number 1 or more, not "0"'],
    [["--max-per-second", "1.5"], '--max-per-second takes a whole number 1 or more, not "1.5"'],
    [["--latency-ms", "80-20"], '--latency-ms range "80-20" has its minimum above its maximum'],
    [["--latency-ms", "fast"], '--latency-ms takes a whole number from 0 to 600000, not "fast"'],
    [
      ["--permanent-error-rate", "1.2"],
      '--permanent-error-rate takes a share from 0 to 1 (e.g. 0.05), not "1.2"',
    ],
    [["--control-port", "70000"], '--control-port takes a whole number from 0 to 65535, not "70000"'],
    [["--fault", "999"], "--fault takes <suffix>=<kind>"],
    [["--fault", "999=lost"], "--fault takes <suffix>=<kind>"],
    [["--fault", "=permanent"], "--fault takes <suffix>=<kind>"],
    [["--max-per-second"], "--max-per-second"],
    [["--speed", "9"], "Unknown option '--speed'"],
    [["extra"], "extra"],
  ])("refuses %j with a usage error naming the problem", (args, message) => {
    expect(() => parseSimulatorArgs(args)).toThrow(UsageError);
    expect(() => parseSimulatorArgs(args)).toThrow(message);
  });
});
