import type { Database } from "@/lib/db";
import { ZCreateOrganization, type CreateOrganizationInput } from "./create-organization.schema";
import { hashPassword } from "./password";

/**
 * Creates an organization and its owner, or brings an existing one (same
 * slug, same owner email) back to the given name and password: running the
 * seed twice leaves one organization and one working login.
 */
export async function createOrganization(options: { db: Database; input: CreateOrganizationInput }) {
  const input = ZCreateOrganization.parse(options.input);
  const passwordHash = await hashPassword(input.owner.password);
  return options.db.$transaction(async (tx) => {
    const org = await tx.organization.upsert({
      where: { slug: input.slug },
      create: { name: input.name, slug: input.slug },
      update: { name: input.name },
    });
    const user = await tx.user.upsert({
      where: { email: input.owner.email },
      create: { email: input.owner.email, name: input.owner.name, passwordHash },
      update: { name: input.owner.name, passwordHash },
    });
    await tx.membership.upsert({
      where: { orgId_userId: { orgId: org.id, userId: user.id } },
      create: { orgId: org.id, userId: user.id, role: "owner" },
      update: { role: "owner" },
    });
    return { org, user };
  });
}
