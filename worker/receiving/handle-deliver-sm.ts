import type { PDU } from "smpp";
import type { Pool } from "pg";
import type { Logger } from "@/lib/logger";
import { keepMalformedReceipt, receiveInboundMessage } from "@/lib/messaging";
import { isDeliveryReceipt, messageStatusOfReceipt, readMo, readReceipt } from "@/lib/smpp";
import type { ReceiptSink } from "./receipt-sink";

/**
 * What a connector's binds do with a deliver_sm: a receipt goes to the
 * batched sink, anything else is an inbound message for the reply inbox.
 * Unreadable ones are stored with the reason and answered, so a bad PDU
 * never takes the bind down or comes back forever; a failure to store is
 * thrown, so the SMSC is told to send it again.
 */
export function createDeliverSmHandler(
  deps: { pool: Pool; sink: ReceiptSink; logger: Logger },
  connector: { orgId: string; id: string },
): (pdu: PDU) => Promise<void> {
  return async (pdu) => {
    if (isDeliveryReceipt(pdu)) {
      const reading = readReceipt(pdu);
      if (!reading.ok) {
        deps.logger.warn(
          { problem: reading.problem, connectorId: connector.id },
          "unreadable delivery receipt kept",
        );
        await keepMalformedReceipt(deps.pool, {
          orgId: connector.orgId,
          connectorId: connector.id,
          raw: reading.raw,
          problem: reading.problem,
        });
        return;
      }
      const { receipt } = reading;
      await deps.sink.add({
        orgId: connector.orgId,
        connectorId: connector.id,
        smscMessageId: receipt.smscMessageId,
        idCandidates: receipt.idCandidates,
        stat: receipt.stat,
        status: messageStatusOfReceipt(receipt.stat),
        errorCode: receipt.errorCode,
        raw: receipt.raw,
      });
      return;
    }
    const reading = readMo(pdu);
    if (!reading.ok) {
      deps.logger.warn(
        { problem: reading.problem, connectorId: connector.id },
        "inbound message kept with a problem",
      );
    }
    await receiveInboundMessage({
      orgId: connector.orgId,
      from: reading.ok ? reading.mo.from : reading.from,
      to: reading.ok ? reading.mo.to : reading.to,
      text: reading.ok ? reading.mo.text : "",
      problem: reading.ok ? null : reading.problem,
    });
  };
}
