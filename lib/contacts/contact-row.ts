import { Prisma } from "@/lib/db";

/** One contact as the contacts table shows it. */
export type ContactRow = {
  /** The bigint id as a decimal string: safe to put in URLs and to pass to client components. */
  id: string;
  phone: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  optedOut: boolean;
  createdAt: Date;
  /** The lists the contact is in, by name. */
  lists: { id: string; name: string }[];
};

/** A contact row as the page query returns it, before its lists are attached. */
export type ContactRecord = Omit<ContactRow, "id" | "lists"> & { id: bigint };

/** The columns of a ContactRecord; `c` is the contacts table in every page query. */
export const CONTACT_RECORD_COLUMNS = Prisma.raw(
  `c.id, c.phone, c."firstName", c."lastName", c.email, c."optedOut", c."createdAt"`,
);
