import smpp, { type PDU } from "smpp";
import { describe, expect, it } from "vitest";
import { splitMessage, type MessagePart } from "@/lib/templates/split-message";
import type { SmppBindSettings } from "./bind-settings";
import { buildSubmitSm } from "./build-submit-sm";

const settings: SmppBindSettings = {
  host: "127.0.0.1",
  port: 2775,
  tls: false,
  systemId: "acme",
  password: "secret",
  systemType: "",
  bindMode: "transceiver",
  windowSize: 10,
  enquireLinkSeconds: 30,
  responseTimeoutSeconds: 30,
  sourceTon: 5,
  sourceNpi: 0,
  destTon: 1,
  destNpi: 1,
};

/** The PDU as the smpp package writes it, and its short_message octets (the last field, no TLVs follow). */
function encode(part: MessagePart, registeredDelivery = true) {
  const built = buildSubmitSm(settings, {
    source: "Acme",
    destination: "+447700900123",
    part,
    registeredDelivery,
  });
  if (!built.ok) throw new Error(built.problem);
  const wire = new smpp.PDU("submit_sm", built.fields).toBuffer();
  const octets = part.bytes.length + (part.udh?.length ?? 0);
  return {
    fields: built.fields,
    decoded: smpp.PDU.fromBuffer(wire) as PDU,
    smLength: wire[wire.length - octets - 1],
    shortMessage: wire.subarray(wire.length - octets),
  };
}

describe("buildSubmitSm", () => {
  it("fills addresses, TON/NPI, data_coding and registered_delivery from the settings and the part", () => {
    const [part] = splitMessage("Hello", { reference: 7 });
    const { decoded, shortMessage } = encode(part!);
    expect(decoded).toMatchObject({
      source_addr_ton: 5,
      source_addr_npi: 0,
      source_addr: "Acme",
      dest_addr_ton: 1,
      dest_addr_npi: 1,
      destination_addr: "447700900123",
      esm_class: 0,
      registered_delivery: 1,
      data_coding: 0,
    });
    expect(shortMessage).toEqual(Buffer.from("Hello", "ascii"));
  });

  it("takes the source TON/NPI from the request when it gives them", () => {
    const [part] = splitMessage("Hello", { reference: 7 });
    const built = buildSubmitSm(settings, {
      source: "+447700900999",
      sourceTon: 1,
      sourceNpi: 1,
      destination: "447700900123",
      part: part!,
      registeredDelivery: false,
    });
    expect(built).toMatchObject({
      ok: true,
      fields: { source_addr: "447700900999", source_addr_ton: 1, source_addr_npi: 1 },
    });
  });

  it("asks for no receipt when not asked", () => {
    const [part] = splitMessage("Hello", { reference: 7 });
    expect(encode(part!, false).decoded.registered_delivery).toBe(0);
  });

  it("sends GSM-7 parts as their septets after the UDH, with the UDHI bit", () => {
    const parts = splitMessage("€".repeat(100), { reference: 42 });
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      const { decoded, smLength, shortMessage } = encode(part);
      expect(decoded.esm_class).toBe(0x40);
      expect(decoded.data_coding).toBe(0);
      expect(shortMessage).toEqual(Buffer.concat([part.udh!, part.bytes]));
      expect(smLength).toBe(6 + part.bytes.length);
    }
    expect(encode(parts[0]!).shortMessage.subarray(0, 8)).toEqual(
      Buffer.from([0x05, 0x00, 0x03, 42, 2, 1, 0x1b, 0x65]),
    );
  });

  it("sends UCS-2 parts as UTF-16BE after the UDH, with data_coding 8", () => {
    const parts = splitMessage("Привет, мир! ".repeat(8), { reference: 3 });
    expect(parts.length).toBeGreaterThan(1);
    const { decoded, shortMessage } = encode(parts[1]!);
    expect(decoded.esm_class).toBe(0x40);
    expect(decoded.data_coding).toBe(8);
    expect(shortMessage).toEqual(Buffer.concat([parts[1]!.udh!, parts[1]!.bytes]));
    expect(shortMessage.subarray(6)).toEqual(Buffer.from(parts[1]!.text, "utf16le").swap16());
  });

  it("refuses what the SMSC would refuse, with its status", () => {
    const [part] = splitMessage("Hi", { reference: 1 });
    const request = { source: "Acme", destination: "447700900123", part: part!, registeredDelivery: false };
    expect(buildSubmitSm(settings, { ...request, destination: "" })).toMatchObject({
      ok: false,
      commandStatus: 0x0b,
    });
    expect(buildSubmitSm(settings, { ...request, destination: "1".repeat(21) })).toMatchObject({
      ok: false,
      commandStatus: 0x0b,
    });
    expect(buildSubmitSm(settings, { ...request, source: "Äcme" })).toMatchObject({
      ok: false,
      commandStatus: 0x0a,
    });
    const long = { ...part!, bytes: Buffer.alloc(255) };
    expect(buildSubmitSm(settings, { ...request, part: long })).toMatchObject({
      ok: false,
      commandStatus: 0x01,
    });
  });
});
