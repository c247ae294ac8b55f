import type { PduOptions } from "smpp";
import type { SmppBindSettings } from "./bind-settings";
import type { SubmitRequest } from "./submit-types";

/** esm_class bit 6: short_message starts with a user data header. */
export const ESM_CLASS_UDHI = 0x40;
/** SMPP 3.4 addresses are C-Octet Strings of at most 21 octets, the NUL included. */
const MAX_ADDRESS_LENGTH = 20;
/** sm_length is one octet and SMPP 3.4 caps short_message at 254. */
const MAX_SHORT_MESSAGE_OCTETS = 254;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const ESME_RINVMSGLEN = 0x01;
const ESME_RINVSRCADR = 0x0a;
const ESME_RINVDSTADR = 0x0b;
const ESME_RINVDCS = 0x104;

export type SubmitSmFields =
  { ok: true; fields: PduOptions } | { ok: false; commandStatus: number; problem: string };

/**
 * The submit_sm fields for one message part, or why it cannot be one (with the
 * command_status an SMSC would have answered), checked here because the smpp
 * package would throw on an over-long field or silently garble a non-ASCII one.
 *
 * short_message is given to the package as bytes, which it sends unchanged:
 * it only encodes text. With a UDH it prepends the header (the UDHL byte is in
 * `part.udh`) and sets the UDHI bit, which is also set here so the PDU says
 * what it carries without relying on that.
 *
 * A leading "+" is dropped from the addresses: with TON international the
 * number is the digits alone.
 */
export function buildSubmitSm(settings: SmppBindSettings, request: SubmitRequest): SubmitSmFields {
  const source = withoutPlus(request.source);
  const destination = withoutPlus(request.destination);
  const { part } = request;
  if (source.length > MAX_ADDRESS_LENGTH || !PRINTABLE_ASCII.test(source)) {
    return refuse(ESME_RINVSRCADR, `source address "${request.source}" is not up to 20 ASCII characters`);
  }
  if (
    destination.length === 0 ||
    destination.length > MAX_ADDRESS_LENGTH ||
    !PRINTABLE_ASCII.test(destination)
  ) {
    return refuse(
      ESME_RINVDSTADR,
      `destination address "${request.destination}" is not 1 to 20 ASCII characters`,
    );
  }
  const octets = part.bytes.length + (part.udh?.length ?? 0);
  if (octets > MAX_SHORT_MESSAGE_OCTETS) {
    return refuse(ESME_RINVMSGLEN, `short_message of ${octets} octets exceeds ${MAX_SHORT_MESSAGE_OCTETS}`);
  }
  if (!Number.isInteger(part.dataCoding) || part.dataCoding < 0 || part.dataCoding > 0xff) {
    return refuse(ESME_RINVDCS, `data_coding ${part.dataCoding} is not one octet`);
  }
  return {
    ok: true,
    fields: {
      source_addr_ton: request.sourceTon ?? settings.sourceTon,
      source_addr_npi: request.sourceNpi ?? settings.sourceNpi,
      source_addr: source,
      dest_addr_ton: settings.destTon,
      dest_addr_npi: settings.destNpi,
      destination_addr: destination,
      esm_class: part.udh ? ESM_CLASS_UDHI : 0,
      registered_delivery: request.registeredDelivery ? 1 : 0,
      data_coding: part.dataCoding,
      short_message: part.udh ? { udh: part.udh, message: part.bytes } : part.bytes,
    },
  };
}

function withoutPlus(address: string): string {
  return address.startsWith("+") ? address.slice(1) : address;
}

function refuse(commandStatus: number, problem: string): SubmitSmFields {
  return { ok: false, commandStatus, problem };
}
