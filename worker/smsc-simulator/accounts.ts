import { z } from "zod";

/**
 * The ESME credentials the simulator accepts. The lengths are SMPP 3.4's
 * (system_id 16 and password 9 octets, both with the terminating NUL), so a
 * configuration a real SMSC would refuse fails here at start-up instead.
 */
export const ZSmscAccount = z.object({
  systemId: z.string().min(1).max(15),
  password: z.string().max(8),
});
export type SmscAccount = z.infer<typeof ZSmscAccount>;

export function parseAccounts(accounts: readonly SmscAccount[]): readonly SmscAccount[] {
  return z.array(ZSmscAccount).min(1, "at least one account is needed to bind").parse(accounts);
}

/** The account these bind credentials belong to; system_id and password are both case-sensitive. */
export function findAccount(
  accounts: readonly SmscAccount[],
  systemId: string,
  password: string,
): SmscAccount | undefined {
  return accounts.find((account) => account.systemId === systemId && account.password === password);
}
