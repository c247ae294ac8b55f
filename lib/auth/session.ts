import type { Role } from "@/lib/db/generated/enums";

/** What every server-side page and action knows about the signed-in user. */
export type AppSession = {
  userId: string;
  email: string;
  name: string;
  orgId: string;
  orgName: string;
  role: Role;
};
