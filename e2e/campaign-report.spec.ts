import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { DEMO } from "../scripts/demo-login";
import { signInAsDemo } from "./support/sign-in";

// Unique per run, so names and numbers never collide with an earlier run's.
const stamp = Date.now();
const digits = String(stamp % 10_000_000).padStart(7, "0");
const campaignName = `E2E report ${stamp}`;
const REPORT_HEADER =
  "phone,firstName,lastName,status,submittedAt,finalAt,errorCode,errorReason,smscMessageId,segments";

/**
 * A completed campaign of the demo organization, written straight into the
 * database (scripts/test.ts gives the browser tests the app's DATABASE_URL):
 * four recipients, two delivered after 4 and 6 s, one undelivered with a
 * carrier code, one refused at submit; one of them named like a formula.
 */
async function seedCompletedCampaign(): Promise<string> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    const org = await client.query<{ id: string }>("SELECT id FROM organizations WHERE slug = $1", [
      DEMO.slug,
    ]);
    const orgId = org.rows[0]?.id;
    if (!orgId) throw new Error(`The demo organization "${DEMO.slug}" is not seeded`);
    const contacts = await client.query<{ id: string; phone: string }>(
      `INSERT INTO contacts ("orgId", phone, "firstName", "lastName")
       SELECT $1, p.phone, p.first, p.last
       FROM unnest($2::text[], $3::text[], $4::text[]) AS p(phone, first, last)
       RETURNING id::text, phone`,
      [
        orgId,
        [1, 2, 3, 4].map((n) => `+491516${n}${digits}`),
        ["=SUM(1+1)", "Grace", "Alan", "Edsger"],
        [`Report${stamp}`, "Hopper", "Turing", "Dijkstra"],
      ],
    );
    await client.query(`UPDATE organizations SET "contactCount" = "contactCount" + 4 WHERE id = $1`, [orgId]);
    // On a whole minute, so every send and delivery falls in the chart's first 10 s interval.
    const start = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 5 * 60_000);
    const campaign = await client.query<{ id: string }>(
      `INSERT INTO campaigns ("orgId", name, status, "senderId", body, "startedAt", "completedAt",
                              recipients, "sentCount", "deliveredCount", "failedCount")
       VALUES ($1, $2, 'completed', 'RelayE2E', 'Hi {{firstName}}', $3, $3::timestamptz + interval '1 minute',
               4, 3, 2, 2)
       RETURNING id`,
      [orgId, campaignName, start],
    );
    const campaignId = campaign.rows[0]!.id;
    const byPhone = new Map(contacts.rows.map((row) => [row.phone, row.id]));
    await client.query(
      `INSERT INTO messages ("orgId", "campaignId", "contactId", direction, status, phone, sender,
                             "submittedAt", "finalAt", "errorCode", "errorReason", "smscMessageId")
       SELECT $1, $2, m.contact_id, 'outbound', m.status::"MessageStatus", m.phone, 'RelayE2E',
              $11::timestamptz + m.submitted * interval '1 second', $11::timestamptz + m.final * interval '1 second',
              m.error_code, m.error_reason, m.smsc_id
       FROM unnest($3::bigint[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::text[], $10::text[])
         AS m(contact_id, phone, status, submitted, final, error_code, error_reason, smsc_id)`,
      [
        orgId,
        campaignId,
        [1, 2, 3, 4].map((n) => byPhone.get(`+491516${n}${digits}`)),
        [1, 2, 3, 4].map((n) => `+491516${n}${digits}`),
        ["delivered", "delivered", "undelivered", "failed"],
        [1, 2, 3, null],
        [5, 8, 20, 3],
        [null, null, 11, 0x0b],
        [null, null, null, "ESME_RINVDSTADR: Invalid destination address"],
        [`e2e${stamp}a`, `e2e${stamp}b`, `e2e${stamp}c`, null],
        start,
      ],
    );
    await client.query("COMMIT");
    return campaignId;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}

test.describe("campaign report", () => {
  let campaignId: string;

  test.beforeAll(async () => {
    campaignId = await seedCompletedCampaign();
  });

  test("a completed campaign shows its delivery analytics and downloads its report as CSV", async ({
    page,
  }) => {
    test.slow();
    await signInAsDemo(page, "/campaigns");
    await page.getByRole("link", { name: campaignName }).click();
    await expect(page).toHaveURL(new RegExp(`/campaigns/${campaignId}$`));
    await expect(page.getByRole("heading", { level: 1, name: campaignName })).toBeVisible();

    const delivery = page.getByRole("group", { name: "Delivery" });
    await expect(delivery.getByLabel("Delivery rate")).toHaveText("66.7%", { timeout: 20_000 });
    await expect(delivery.getByText("2 of 3 sent")).toBeVisible();
    // Delivered after 4 and 6 s: the median is halfway.
    await expect(delivery.getByLabel("Median time to delivery")).toHaveText("5 s");
    await expect(delivery.getByLabel("Not delivered")).toHaveText("2");

    // The chart says what it shows, and its figures are a table away.
    const chart = delivery.getByRole("img", {
      name: /^Chart of sends and deliveries per 10-second interval/,
    });
    await expect(chart).toHaveAccessibleName(/: 3 sent, at most 3 at .*; 2 delivered, at most 2 at /);
    await delivery.getByText("Show the figures as a table").click();
    const figures = delivery.getByRole("table", { name: /Sent and delivered per 10-second interval/ });
    // The header and the one interval with activity.
    await expect(figures.getByRole("row")).toHaveCount(2);
    await expect(figures.getByRole("row").nth(1)).toContainText(/3\s*2$/);

    const failures = delivery.getByRole("table", { name: /Failed messages by error/ });
    await expect(
      failures.getByRole("row", { name: /Refused at submit ESME_RINVDSTADR Invalid destination address/ }),
    ).toHaveCount(1);
    await expect(
      failures.getByRole("row", { name: /Undelivered err:011 Carrier error code 11/ }),
    ).toHaveCount(1);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download report (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`${stamp}.report\\.csv$`));
    const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(REPORT_HEADER);
    expect(lines).toHaveLength(5);
    // A name that looks like a formula comes out as text.
    expect(lines[1]).toMatch(new RegExp(`^\\+4915161${digits},'=SUM\\(1\\+1\\),Report${stamp},delivered,`));
    expect(lines[4]).toContain(",failed,,");
  });
});
