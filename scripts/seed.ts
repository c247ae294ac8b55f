import { createOrganization } from "@/lib/auth";
import { config } from "@/lib/config";
import { db } from "@/lib/db";

import { DEMO } from "./demo-login";

const DEMO_CONNECTOR = "Default SMSC";

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
  await db.smppConnector.upsert({
    where: { orgId_name: { orgId: org.id, name: DEMO_CONNECTOR } },
    create: {
      orgId: org.id,
      name: DEMO_CONNECTOR,
      host: config.SMSC_HOST,
      port: config.SMSC_PORT,
      systemId: config.SMSC_SYSTEM_ID,
      password: config.SMSC_PASSWORD,
    },
    // Re-seeding follows SMSC_* so the demo can be pointed at a real carrier (README).
    update: {
      host: config.SMSC_HOST,
      port: config.SMSC_PORT,
      systemId: config.SMSC_SYSTEM_ID,
      password: config.SMSC_PASSWORD,
    },
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
