-- A contact's messages, newest first: the campaign an inbound message answers
-- and the contact's history are read by contact, which scanned the table.
CREATE INDEX "messages_contactId_id_idx" ON "messages"("contactId", "id");
