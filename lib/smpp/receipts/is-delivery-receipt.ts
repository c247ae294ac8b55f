import type { PDU } from "smpp";

/** esm_class bits 2-5: the message type of a deliver_sm. */
const MESSAGE_TYPE_MASK = 0x3c;
const SMSC_DELIVERY_RECEIPT = 0x04;
const SME_DELIVERY_ACKNOWLEDGEMENT = 0x08;
const INTERMEDIATE_DELIVERY_NOTIFICATION = 0x20;

/**
 * Whether a deliver_sm reports on a message we sent (a receipt) rather than
 * bringing one from a subscriber (an MO). SME acknowledgements and
 * intermediate notifications carry the same id/stat fields, so they count as
 * receipts; everything else (type 0, user acknowledgement, conversation
 * abort) is an MO.
 */
export function isDeliveryReceipt(pdu: Pick<PDU, "esm_class">): boolean {
  const type = (pdu.esm_class ?? 0) & MESSAGE_TYPE_MASK;
  return (
    type === SMSC_DELIVERY_RECEIPT ||
    type === SME_DELIVERY_ACKNOWLEDGEMENT ||
    type === INTERMEDIATE_DELIVERY_NOTIFICATION
  );
}
