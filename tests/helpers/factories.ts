import { randomUUID } from "node:crypto";
import { createOrganization } from "@/lib/auth";
import { db } from "@/lib/db";

/** A fresh organization with its owner; every test gets its own tenant. */
export async function makeOrganization(overrides: { password?: string } = {}) {
  const tag = randomUUID().slice(0, 8);
  const password = overrides.password ?? `password-${tag}`;
  const { org, user } = await createOrganization({
    db,
    input: {
      name: `Test Org ${tag}`,
      slug: `test-${tag}`,
      owner: { email: `owner-${tag}@example.test`, name: `Owner ${tag}`, password },
    },
  });
  return { org, user, password };
}
