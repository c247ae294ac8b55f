import { describe, expect, it } from "vitest";
import { classifyCommandStatus, describeCommandStatus, formatCommandStatus } from "./command-status";

describe("classifyCommandStatus", () => {
  it("sends throttling and a full queue to their own pauses", () => {
    expect(classifyCommandStatus(0x58)).toBe("throttled");
    expect(classifyCommandStatus(0x14)).toBe("queue_full");
  });

  it("retries SMSC-side faults", () => {
    expect(classifyCommandStatus(0x08)).toBe("transient"); // ESME_RSYSERR
    expect(classifyCommandStatus(0x45)).toBe("transient"); // ESME_RSUBMITFAIL
    expect(classifyCommandStatus(0x64)).toBe("transient"); // ESME_RX_T_APPN
    expect(classifyCommandStatus(0x04)).toBe("transient"); // ESME_RINVBNDSTS: a new bind fixes it
    expect(classifyCommandStatus(0xff)).toBe("transient"); // ESME_RUNKNOWNERR
  });

  it("fails messages the SMSC will never take", () => {
    expect(classifyCommandStatus(0x0b)).toBe("permanent"); // ESME_RINVDSTADR
    expect(classifyCommandStatus(0x0a)).toBe("permanent"); // ESME_RINVSRCADR
    expect(classifyCommandStatus(0x01)).toBe("permanent"); // ESME_RINVMSGLEN
    expect(classifyCommandStatus(0x104)).toBe("permanent"); // ESME_RINVDCS
    expect(classifyCommandStatus(0x0d)).toBe("permanent"); // ESME_RBINDFAIL
  });

  it("retries the whole vendor range 0x400–0x4FF", () => {
    expect(classifyCommandStatus(0x400)).toBe("transient");
    expect(classifyCommandStatus(0x4ff)).toBe("transient");
  });
});

describe("describeCommandStatus", () => {
  it("names a standard code with its meaning", () => {
    expect(describeCommandStatus(0x0b)).toEqual({
      code: 0x0b,
      name: "ESME_RINVDSTADR",
      meaning: "Invalid destination address",
      kind: "permanent",
    });
    expect(describeCommandStatus(0x58)).toEqual({
      code: 0x58,
      name: "ESME_RTHROTTLED",
      meaning: "Throttling error (ESME exceeded allowed message limits)",
      kind: "throttled",
    });
  });

  it("describes a vendor code generically", () => {
    expect(describeCommandStatus(0x40a)).toEqual({
      code: 0x40a,
      name: "vendor error 0x0000040A",
      meaning: "SMSC vendor-specific error 0x0000040A",
      kind: "transient",
    });
  });

  it("describes a reserved code generically", () => {
    expect(describeCommandStatus(0x09)).toEqual({
      code: 0x09,
      name: "unknown error 0x00000009",
      meaning: "Error 0x00000009 is not defined by SMPP 3.4",
      kind: "transient",
    });
  });

  it("has a distinct name for every code the smpp package knows", async () => {
    const { default: smpp } = await import("smpp");
    for (const [name, code] of Object.entries(smpp.errors)) {
      expect(describeCommandStatus(code).name).toBe(name);
    }
  });
});

describe("formatCommandStatus", () => {
  it("prints eight upper-case hex digits", () => {
    expect(formatCommandStatus(0x58)).toBe("0x00000058");
    expect(formatCommandStatus(0x400)).toBe("0x00000400");
  });
});
