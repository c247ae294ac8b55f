import { createOrganization } from "@/lib/auth";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { encryptConnectorPassword } from "@/lib/smpp";

import { DEMO } from "./demo-login";

const DEMO_CONNECTOR = "Default SMSC";

/** One real contact, so previews and tests have someone to render for. */
const DEMO_CONTACT = {
  phone: "+4915799990001",
  firstName: "Ada",
  lastName: "Lovelace",
  fields: { plan: "gold" },
};

/** The demo organization and owner that `npm start` prints, plus a connector to the bundled simulator. */
export async function seedDemo(): Promise<void> {
  const { org } = await createOrganization({
    db,
    input: {
      name: DEMO.organization,
      slug: DEMO.slug,
      owner: { email: DEMO.email, name: "Demo Owner", password: DEMO.password },
    },
  });
  // Re-seeding follows SMSC_* so the demo can be pointed at a real carrier (README). The password
  // is encrypted afresh each time, which also replaces one saved under an earlier secret.
  const smsc = {
    host: config.SMSC_HOST,
    port: config.SMSC_PORT,
    systemId: config.SMSC_SYSTEM_ID,
    password: encryptConnectorPassword(config.SMSC_PASSWORD, { orgId: org.id }),
  };
  await db.smppConnector.upsert({
    where: { orgId_name: { orgId: org.id, name: DEMO_CONNECTOR } },
    create: { orgId: org.id, name: DEMO_CONNECTOR, ...smsc },
    update: smsc,
  });
  await seedDemoContact(org.id);
}

async function seedDemoContact(orgId: string): Promise<void> {
  // Only into an empty organization: contacts the user deleted do not come back on the next start.
  const [contacts, lists] = await Promise.all([
    db.contact.count({ where: { orgId } }),
    db.contactList.count({ where: { orgId } }),
  ]);
  if (contacts > 0 || lists > 0) return;
  await db.$transaction(async (tx) => {
    const contact = await tx.contact.create({ data: { orgId, ...DEMO_CONTACT } });
    const list = await tx.contactList.upsert({
      where: { orgId_name: { orgId, name: "Demo customers" } },
      create: { orgId, name: "Demo customers" },
      update: {},
    });
    await tx.contactListMember.create({ data: { listId: list.id, contactId: contact.id } });
    await tx.contactList.update({ where: { id: list.id }, data: { memberCount: { increment: 1 } } });
    await tx.organization.update({ where: { id: orgId }, data: { contactCount: { increment: 1 } } });
    await tx.contactField.createMany({ data: [{ orgId, name: "plan" }], skipDuplicates: true });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seedDemo()
    .then(async () => {
      console.log(`Seeded ${DEMO.organization}: sign in as ${DEMO.email} / ${DEMO.password}`);
      await db.$disconnect();
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
