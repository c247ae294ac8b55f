import { COMMAND_STATUS_TABLE, type CommandStatusKind } from "./command-status-table";

export type { CommandStatusKind } from "./command-status-table";

export interface CommandStatusDescription {
  code: number;
  name: string;
  meaning: string;
  kind: CommandStatusKind;
}

const VENDOR_FIRST = 0x400;
const VENDOR_LAST = 0x4ff;

/** Whether sending the same PDU again can succeed, and after how long a pause (see CommandStatusKind). */
export function classifyCommandStatus(status: number): CommandStatusKind {
  return describeCommandStatus(status).kind;
}

/**
 * The name, meaning and kind of a command_status, for logs and the UI. Codes
 * SMPP does not define are still described: the vendor range 0x400–0x4FF (each
 * SMSC its own meaning, so retried as transient) and reserved codes (an SMSC
 * that sends one is usually reporting a passing fault of its own).
 */
export function describeCommandStatus(status: number): CommandStatusDescription {
  const known = COMMAND_STATUS_TABLE.get(status);
  if (known) return { code: status, ...known };
  const hex = formatCommandStatus(status);
  if (status >= VENDOR_FIRST && status <= VENDOR_LAST) {
    return {
      code: status,
      name: `vendor error ${hex}`,
      meaning: `SMSC vendor-specific error ${hex}`,
      kind: "transient",
    };
  }
  return {
    code: status,
    name: `unknown error ${hex}`,
    meaning: `Error ${hex} is not defined by SMPP 3.4`,
    kind: "transient",
  };
}

/** `0x00000058`: how SMPP tools and SMSC documentation print a command_status. */
export function formatCommandStatus(status: number): string {
  return `0x${(status >>> 0).toString(16).toUpperCase().padStart(8, "0")}`;
}
