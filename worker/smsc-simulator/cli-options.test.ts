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

  it("reads the receipt and auto-reply flags", () => {
    expect(
      parseSimulatorArgs([
        "--receipt-delay-ms=100-2000",
        "--receipt-outcomes",
        "delivrd=0.9,UNDELIV=0.08,EXPIRED=.02",
        "--receipt-id-in-text",
        "decimal",
        "--receipts-without-tlvs",
        "--deliver-window",
        "50",
        "--fault",
        "97=undelivered",
        "--auto-reply-share",
        "0.25",
        "--auto-reply-text",
        "Yes",
        "--auto-reply-text=STOP",
        "--auto-reply-delay-ms",
        "500",
      ]).behaviour,
    ).toEqual({
      faults: [{ suffix: "97", kind: "undelivered" }],
      receipts: {
        delayMs: { min: 100, max: 2000 },
        outcomes: { DELIVRD: 0.9, UNDELIV: 0.08, EXPIRED: 0.02 },
        idInText: "decimal",
        tlvs: false,
      },
      deliverWindow: 50,
      autoReply: { share: 0.25, texts: ["Yes", "STOP"], delayMs: 500 },
    });
    expect(parseSimulatorArgs(["--receipts"]).behaviour).toEqual({ receipts: {} });
    expect(parseSimulatorArgs(["--auto-reply-share", "1"]).behaviour).toEqual({
      autoReply: { share: 1, texts: ["Thanks, got it!"] },
    });
  });

  it.each([
    [
      ["--receipt-outcomes", "DELIVRD=1,LOST=2"],
      "--receipt-outcomes takes <STAT>=<weight>,… with states among",
    ],
    [["--receipt-outcomes", "DELIVRD=0"], '--receipt-outcomes needs a weight above 0, not "DELIVRD=0"'],
    [["--receipt-id-in-text", "octal"], '--receipt-id-in-text takes hex or decimal, not "octal"'],
    [["--receipt-delay-ms", "9-1"], '--receipt-delay-ms range "9-1" has its minimum above its maximum'],
    [["--deliver-window", "0"], '--deliver-window takes a whole number from 1 to 100000, not "0"'],
    [["--auto-reply-share", "2"], '--auto-reply-share takes a share from 0 to 1 (e.g. 0.05), not "2"'],
    [["--auto-reply-text", "hi"], "--auto-reply-text and --auto-reply-delay-ms need --auto-reply-share"],
  ])("refuses the receipt and reply flags %j with a usage error", (args, message) => {
    expect(() => parseSimulatorArgs(args)).toThrow(UsageError);
    expect(() => parseSimulatorArgs(args)).toThrow(message);
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
