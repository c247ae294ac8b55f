/**
 * What an SMSC's command_status means for a message, in the words of SMPP 3.4
 * (section 5.1.3) and 5.0 (section 4.7.6, the broadcast codes).
 *
 * - `throttled`: the ESME sends faster than the SMSC allows; the same part is
 *   sent again after a pause.
 * - `queue_full`: the SMSC (or the recipient's queue in it) is full; the same
 *   part is sent again after a longer pause.
 * - `transient`: the SMSC or the session had a problem that may be gone on the
 *   next attempt.
 * - `permanent`: the message itself is wrong (address, encoding, flags) or not
 *   allowed; sending it again gets the same answer.
 */
export type CommandStatusKind = "throttled" | "queue_full" | "transient" | "permanent";

export interface CommandStatusEntry {
  name: string;
  meaning: string;
  kind: CommandStatusKind;
}

export const COMMAND_STATUS_TABLE: ReadonlyMap<number, CommandStatusEntry> = new Map<
  number,
  CommandStatusEntry
>([
  // Not an error; "transient" only because every code needs a kind.
  [0x00, { name: "ESME_ROK", meaning: "No error", kind: "transient" }],
  [0x01, { name: "ESME_RINVMSGLEN", meaning: "Message length is invalid", kind: "permanent" }],
  [0x02, { name: "ESME_RINVCMDLEN", meaning: "Command length is invalid", kind: "permanent" }],
  [0x03, { name: "ESME_RINVCMDID", meaning: "Invalid command ID", kind: "permanent" }],
  // The session is not bound for this command: a new bind fixes it.
  [0x04, { name: "ESME_RINVBNDSTS", meaning: "Incorrect bind status for given command", kind: "transient" }],
  [0x05, { name: "ESME_RALYBND", meaning: "ESME already in bound state", kind: "transient" }],
  [0x06, { name: "ESME_RINVPRTFLG", meaning: "Invalid priority flag", kind: "permanent" }],
  [0x07, { name: "ESME_RINVREGDLVFLG", meaning: "Invalid registered delivery flag", kind: "permanent" }],
  [0x08, { name: "ESME_RSYSERR", meaning: "System error", kind: "transient" }],
  [0x0a, { name: "ESME_RINVSRCADR", meaning: "Invalid source address", kind: "permanent" }],
  [0x0b, { name: "ESME_RINVDSTADR", meaning: "Invalid destination address", kind: "permanent" }],
  [0x0c, { name: "ESME_RINVMSGID", meaning: "Message ID is invalid", kind: "permanent" }],
  [0x0d, { name: "ESME_RBINDFAIL", meaning: "Bind failed", kind: "permanent" }],
  [0x0e, { name: "ESME_RINVPASWD", meaning: "Invalid password", kind: "permanent" }],
  [0x0f, { name: "ESME_RINVSYSID", meaning: "Invalid system ID", kind: "permanent" }],
  [0x11, { name: "ESME_RCANCELFAIL", meaning: "Cancelling the message failed", kind: "permanent" }],
  [0x13, { name: "ESME_RREPLACEFAIL", meaning: "Replacing the message failed", kind: "permanent" }],
  [0x14, { name: "ESME_RMSGQFUL", meaning: "Message queue full", kind: "queue_full" }],
  [0x15, { name: "ESME_RINVSERTYP", meaning: "Invalid service type", kind: "permanent" }],
  [0x33, { name: "ESME_RINVNUMDESTS", meaning: "Invalid number of destinations", kind: "permanent" }],
  [0x34, { name: "ESME_RINVDLNAME", meaning: "Invalid distribution list name", kind: "permanent" }],
  [0x40, { name: "ESME_RINVDESTFLAG", meaning: "Destination flag is invalid", kind: "permanent" }],
  [0x42, { name: "ESME_RINVSUBREP", meaning: "Invalid submit with replace request", kind: "permanent" }],
  [0x43, { name: "ESME_RINVESMCLASS", meaning: "Invalid esm_class field data", kind: "permanent" }],
  [0x44, { name: "ESME_RCNTSUBDL", meaning: "Cannot submit to distribution list", kind: "permanent" }],
  [0x45, { name: "ESME_RSUBMITFAIL", meaning: "submit_sm or submit_multi failed", kind: "transient" }],
  [0x48, { name: "ESME_RINVSRCTON", meaning: "Invalid source address TON", kind: "permanent" }],
  [0x49, { name: "ESME_RINVSRCNPI", meaning: "Invalid source address NPI", kind: "permanent" }],
  [0x50, { name: "ESME_RINVDSTTON", meaning: "Invalid destination address TON", kind: "permanent" }],
  [0x51, { name: "ESME_RINVDSTNPI", meaning: "Invalid destination address NPI", kind: "permanent" }],
  [0x53, { name: "ESME_RINVSYSTYP", meaning: "Invalid system_type field", kind: "permanent" }],
  [0x54, { name: "ESME_RINVREPFLAG", meaning: "Invalid replace_if_present flag", kind: "permanent" }],
  [0x55, { name: "ESME_RINVNUMMSGS", meaning: "Invalid number of messages", kind: "permanent" }],
  [
    0x58,
    {
      name: "ESME_RTHROTTLED",
      meaning: "Throttling error (ESME exceeded allowed message limits)",
      kind: "throttled",
    },
  ],
  [0x61, { name: "ESME_RINVSCHED", meaning: "Invalid scheduled delivery time", kind: "permanent" }],
  [
    0x62,
    { name: "ESME_RINVEXPIRY", meaning: "Invalid message validity period (expiry time)", kind: "permanent" },
  ],
  [
    0x63,
    { name: "ESME_RINVDFTMSGID", meaning: "Predefined message invalid or not found", kind: "permanent" },
  ],
  [0x64, { name: "ESME_RX_T_APPN", meaning: "ESME receiver temporary app error code", kind: "transient" }],
  [0x65, { name: "ESME_RX_P_APPN", meaning: "ESME receiver permanent app error code", kind: "permanent" }],
  [0x66, { name: "ESME_RX_R_APPN", meaning: "ESME receiver reject message error code", kind: "permanent" }],
  [0x67, { name: "ESME_RQUERYFAIL", meaning: "query_sm request failed", kind: "permanent" }],
  [
    0xc0,
    { name: "ESME_RINVTLVSTREAM", meaning: "Error in the optional part of the PDU body", kind: "permanent" },
  ],
  [0xc1, { name: "ESME_RTLVNOTALLWD", meaning: "Optional parameter (TLV) not allowed", kind: "permanent" }],
  [0xc2, { name: "ESME_RINVTLVLEN", meaning: "Invalid parameter (TLV) length", kind: "permanent" }],
  [
    0xc3,
    { name: "ESME_RMISSINGTLV", meaning: "Expected optional parameter (TLV) missing", kind: "permanent" },
  ],
  [0xc4, { name: "ESME_RINVTLVVAL", meaning: "Invalid optional parameter (TLV) value", kind: "permanent" }],
  [
    0xfe,
    { name: "ESME_RDELIVERYFAILURE", meaning: "Delivery failure (used for data_sm_resp)", kind: "transient" },
  ],
  [0xff, { name: "ESME_RUNKNOWNERR", meaning: "Unknown error", kind: "transient" }],
  [
    0x100,
    { name: "ESME_RSERTYPUNAUTH", meaning: "ESME not authorised to use the service type", kind: "permanent" },
  ],
  [
    0x101,
    { name: "ESME_RPROHIBITED", meaning: "ESME prohibited from using the operation", kind: "permanent" },
  ],
  [
    0x102,
    { name: "ESME_RSERTYPUNAVAIL", meaning: "Specified service type is unavailable", kind: "transient" },
  ],
  [0x103, { name: "ESME_RSERTYPDENIED", meaning: "Specified service type is denied", kind: "permanent" }],
  [0x104, { name: "ESME_RINVDCS", meaning: "Invalid data coding scheme", kind: "permanent" }],
  [
    0x105,
    { name: "ESME_RINVSRCADDRSUBUNIT", meaning: "Source address subunit is invalid", kind: "permanent" },
  ],
  [
    0x106,
    { name: "ESME_RINVDSTADDRSUBUNIT", meaning: "Destination address subunit is invalid", kind: "permanent" },
  ],
  [
    0x107,
    { name: "ESME_RINVBCASTFREQINT", meaning: "Broadcast frequency interval is invalid", kind: "permanent" },
  ],
  [
    0x108,
    { name: "ESME_RINVBCASTALIAS_NAME", meaning: "Broadcast alias name is invalid", kind: "permanent" },
  ],
  [0x109, { name: "ESME_RINVBCASTAREAFMT", meaning: "Broadcast area format is invalid", kind: "permanent" }],
  [
    0x10a,
    { name: "ESME_RINVNUMBCAST_AREAS", meaning: "Number of broadcast areas is invalid", kind: "permanent" },
  ],
  [0x10b, { name: "ESME_RINVBCASTCNTTYPE", meaning: "Broadcast content type is invalid", kind: "permanent" }],
  [
    0x10c,
    { name: "ESME_RINVBCASTMSGCLASS", meaning: "Broadcast message class is invalid", kind: "permanent" },
  ],
  [0x10d, { name: "ESME_RBCASTFAIL", meaning: "broadcast_sm operation failed", kind: "permanent" }],
  [
    0x10e,
    { name: "ESME_RBCASTQUERYFAIL", meaning: "query_broadcast_sm operation failed", kind: "permanent" },
  ],
  [
    0x10f,
    { name: "ESME_RBCASTCANCELFAIL", meaning: "cancel_broadcast_sm operation failed", kind: "permanent" },
  ],
  [
    0x110,
    { name: "ESME_RINVBCAST_REP", meaning: "Number of repeated broadcasts is invalid", kind: "permanent" },
  ],
  [0x111, { name: "ESME_RINVBCASTSRVGRP", meaning: "Broadcast service group is invalid", kind: "permanent" }],
  [
    0x112,
    { name: "ESME_RINVBCASTCHANIND", meaning: "Broadcast channel indicator is invalid", kind: "permanent" },
  ],
]);
