import { describe, expect, it } from "vitest";
import { isSmscHost, ZConnectorDraft } from "./connector.schema";

describe("isSmscHost", () => {
  it.each([
    "localhost",
    "smpp.carrier.example",
    "smsc-1.example.com.",
    "10.0.0.1",
    "192.0.2.255",
    "::1",
    "2001:db8::10",
    "xn--bcher-kva.example",
    "a".repeat(63) + ".example",
  ])("accepts %s", (host) => {
    expect(isSmscHost(host)).toBe(true);
  });

  it.each([
    "",
    "smpp carrier",
    "-smsc.example",
    "smsc-.example",
    "smsc..example",
    "300.1.2.3",
    "10.0.0",
    "smsc.example:2775",
    "http://smsc.example",
    "[::1]",
    "a".repeat(64) + ".example",
    "bücher.example",
  ])("refuses %j", (host) => {
    expect(isSmscHost(host)).toBe(false);
  });
});

describe("ZConnectorDraft", () => {
  it("names every wrong field at once, with the range that is wanted", () => {
    const parsed = ZConnectorDraft.safeParse({
      name: "",
      host: "smsc.example",
      port: Number.NaN,
      tls: false,
      systemId: "a-very-long-system-id",
      password: "",
      systemType: "",
      bindMode: "transceiver",
      throughputPerSecond: 50,
      windowSize: 10,
      binds: 1,
      sourceTon: 5,
      sourceNpi: 0,
      destTon: 1,
      destNpi: 1,
      enquireLinkSeconds: 30,
      responseTimeoutSeconds: 30,
      enabled: true,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["name", "Give the connector a name."],
      ["port", "Enter a port from 1 to 65535."],
      ["systemId", "A system ID is at most 15 characters in SMPP 3.4."],
    ]);
  });
});
