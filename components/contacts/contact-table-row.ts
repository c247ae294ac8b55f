import type { ContactRow } from "@/lib/contacts";

/** One contacts table row, ready to show: dates are formatted on the server, so the browser renders the same text. */
export type ContactTableRow = {
  id: string;
  phone: string;
  /** "First Last", or null when the contact has no name. */
  name: string | null;
  email: string | null;
  optedOut: boolean;
  lists: { id: string; name: string }[];
  createdAt: string;
  createdLabel: string;
};

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Shapes a lib/ contact row for the table. */
export function toContactTableRow(contact: ContactRow): ContactTableRow {
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(" ");
  return {
    id: contact.id,
    phone: contact.phone,
    name: name || null,
    email: contact.email,
    optedOut: contact.optedOut,
    lists: contact.lists,
    createdAt: contact.createdAt.toISOString(),
    createdLabel: dateFormat.format(contact.createdAt),
  };
}
