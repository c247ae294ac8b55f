import { AppError } from "@/lib/errors";

/** The recipient is a contact who opted out: nothing is sent to them until they opt back in. */
export class RecipientOptedOutError extends AppError {
  constructor() {
    super(
      "recipient_opted_out",
      "The recipient opted out of messages from this organization; nothing was sent.",
      422,
    );
  }
}
