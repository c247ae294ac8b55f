import { expect, test, type Page } from "@playwright/test";
import { Client } from "pg";
import { DEMO } from "../scripts/demo-login";
import { signInAsDemo } from "./support/sign-in";

// Unique per run, so names and numbers never collide with an earlier run's.
const stamp = Date.now();
const digits = String(stamp % 10_000_000).padStart(7, "0");
const listName = `E2E campaign list ${stamp}`;
const templateName = `E2E campaign template ${stamp}`;
const campaignName = `E2E campaign ${stamp}`;
const connectorName = "Default SMSC";

// Three valid German mobile numbers: the recipients.
const csv = [
  "Mobile,First name,Last name",
  `0151 7${digits},Grace,Hopper${stamp}`,
  `0151 8${digits},Alan,Turing${stamp}`,
  `0151 9${digits},Edsger,Dijkstra${stamp}`,
].join("\r\n");

/**
 * Moves through the app's own links, like a user: the page is interactive
 * once it shows (a fresh page load may not be hydrated yet when typing starts).
 */
async function openFromNav(page: Page, area: string, link: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: area, exact: true }).click();
  await page.getByRole("link", { name: link }).first().click();
}

/** A new list with the three contacts, through the import page as a user would. */
async function importList(page: Page) {
  await openFromNav(page, "Contacts", "Import CSV");
  await expect(page.getByRole("heading", { level: 1, name: "Import contacts" })).toBeVisible();
  await page.getByLabel("Choose a CSV file").setInputFiles({
    name: `campaign-e2e-${stamp}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await expect(page.getByRole("heading", { name: "Match the columns" })).toBeFocused();
  await page.getByLabel("A new list").check();
  await page.getByLabel("Name of the new list").fill(listName);
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page).toHaveURL(/\/contacts\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute(
    "aria-valuenow",
    "100",
    { timeout: 30_000 },
  );
  await expect(page.getByLabel("Imported", { exact: true })).toHaveText("3");
}

async function createTemplate(page: Page) {
  await openFromNav(page, "Templates", "New template");
  await expect(page.getByRole("heading", { level: 1, name: "New template" })).toBeVisible();
  await page.getByLabel("Name").fill(templateName);
  await page.getByRole("textbox", { name: "Message" }).fill("Hi {{firstName}}, your order ships today.");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByRole("alert").getByText("Template created.", { exact: true })).toBeVisible();
}

test.describe("campaigns", () => {
  test("a bad sender ID is named next to its field, as typed and after a refused save", async ({ page }) => {
    await signInAsDemo(page, "/");
    await openFromNav(page, "Campaigns", "New campaign");
    await expect(page.getByRole("heading", { level: 1, name: "New campaign" })).toBeVisible();
    const problem = "An alphanumeric sender ID may use only letters A–Z, digits and spaces.";

    await page.getByLabel("Campaign name").fill(`Refused ${stamp}`);
    const sender = page.getByLabel("Sender ID");
    await sender.fill("Relay-Shop!");
    // Checked as typed, with the same rule as the server.
    await expect(sender).toHaveAttribute("aria-invalid", "true");
    await expect(sender).toHaveAccessibleDescription(new RegExp(problem));

    await page.getByRole("button", { name: "Save draft" }).click();
    // The server names every problem at once; the sender ID's stays next to it, and focus goes to the first.
    const summary = page.getByRole("alert").filter({ hasText: "Fix these" });
    await expect(summary.getByRole("link", { name: `Sender ID: ${problem}` })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Lists: Choose at least one list." })).toBeVisible();
    await expect(sender).toBeFocused();
    await expect(sender).toHaveAccessibleDescription(new RegExp(problem));
    // Nothing typed is lost, and nothing was saved.
    await expect(sender).toHaveValue("Relay-Shop!");
    await expect(page.getByLabel("Campaign name")).toHaveValue(`Refused ${stamp}`);
    await expect(page).toHaveURL(/\/campaigns\/new$/);

    await sender.fill("RelayShop");
    await expect(sender).not.toHaveAttribute("aria-invalid", "true");
  });

  test("a campaign from a list and a template is sent now and completes with every message sent", async ({
    page,
  }) => {
    // Import, template, wizard and a real send through the worker and the SMSC simulator.
    test.setTimeout(180_000);
    await signInAsDemo(page, "/");
    await importList(page);
    await createTemplate(page);

    await openFromNav(page, "Campaigns", "New campaign");
    await expect(page.getByRole("heading", { level: 1, name: "New campaign" })).toBeVisible();

    // 1. Name and sender.
    await page.getByLabel("Campaign name").fill(campaignName);
    await page.getByLabel("Sender ID").fill("RelayE2E");

    // 2. Audience: the list with its size, then the real recipients.
    const audience = page.getByRole("region", { name: "Audience" });
    await audience.getByRole("checkbox", { name: new RegExp(`^${listName} 3 contacts$`) }).check();
    await expect(audience.getByRole("status")).toContainText("3 recipients", { timeout: 20_000 });
    await expect(audience.getByRole("status")).toContainText("0 contacts on more than one list");

    // 3. Message: the template, previewed for the sample contact.
    await page.getByLabel("Template", { exact: true }).selectOption({ label: templateName });
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByText("Hi Alex, your order ships today.", { exact: true })).toBeVisible();

    // 4. Connector.
    await page.getByRole("radio", { name: new RegExp(`^${connectorName}`) }).check();

    // 5. When: a time in the past is refused next to the schedule, after the draft was saved.
    await page.getByRole("radio", { name: "At a date and time" }).check();
    await page.getByLabel("Date", { exact: true }).fill("2020-01-01");
    await page.getByLabel("Time", { exact: true }).fill("09:00");
    await page.getByRole("button", { name: "Schedule", exact: true }).click();
    const pastTime = "Pick a send time at least a minute from now, or send it now.";
    await expect(page.getByRole("region", { name: "When" }).getByText(pastTime)).toBeVisible();
    await expect(page.getByText("The campaign was saved as a draft, but not scheduled.")).toBeVisible();
    // Nothing typed is lost; the saved draft is changed from now on, not created twice (see the list below).
    await expect(page.getByLabel("Campaign name")).toHaveValue(campaignName);
    await expect(page.getByLabel("Date", { exact: true })).toHaveValue("2020-01-01");

    // Send now instead, without quiet hours so the test does not depend on the time of day.
    await page.getByRole("radio", { name: /^Now/ }).check();
    await page.getByLabel("Hold messages during quiet hours").uncheck();

    // 6. Review.
    const review = page.getByRole("region", { name: "Review" });
    await expect(review.getByLabel("Recipients")).toHaveText("3 recipients");
    await expect(review.getByLabel("Left out")).toHaveText("0 duplicates, 0 opted out");
    await expect(review.getByLabel("Segments")).toHaveText("3 segments in all (1 segment per message)");
    await expect(review.getByLabel("Encoding")).toHaveText("GSM-7 for everyone");
    await expect(review.getByLabel("Sending time")).toContainText("under a minute at");

    await review.getByRole("button", { name: "Send now" }).click();
    const dialog = page.getByRole("dialog", { name: `Send “${campaignName}” now?` });
    await expect(dialog).toContainText("It goes to 3 recipients at once");
    await dialog.getByRole("button", { name: "Send to 3 recipients" }).click();

    // The detail page follows the campaign live until every message was handed to the SMSC.
    await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}\?done=sent$/);
    const campaignPath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1, name: campaignName })).toBeVisible();
    await expect(page.getByText("Sending started.")).toBeVisible();
    await expect(page.getByText(/^Completed: 3 of 3 messages handled\.$/)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByLabel("Recipients", { exact: true })).toHaveText("3");
    await expect(page.getByLabel("Sent", { exact: true })).toHaveText("3");
    await expect(page.getByLabel("Failed", { exact: true })).toHaveText("0");
    await expect(page.getByRole("progressbar", { name: "Campaign progress" })).toHaveAttribute(
      "aria-valuenow",
      "100",
    );
    // A finished campaign offers nothing to do.
    await expect(page.getByRole("button", { name: /Pause|Resume|Send now|Cancel campaign/ })).toHaveCount(0);

    // The list shows it, completed.
    await page.goto("/campaigns");
    const row = page.getByRole("row", { name: new RegExp(campaignName) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Completed");
    await expect(row.getByRole("progressbar", { name: `Progress of ${campaignName}` })).toHaveAttribute(
      "aria-valuenow",
      "100",
    );
    await row.getByRole("link", { name: campaignName }).click();
    await expect(page).toHaveURL(new RegExp(`${campaignPath}$`));
  });

  // Written straight into the database (scripts/test.ts gives the browser tests the app's DATABASE_URL):
  // a start job is seldom caught between slices by a three-recipient campaign.
  test("a campaign still taking its audience says so, and stops saying it once the audience is whole", async ({
    page,
  }) => {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    let campaignId: string | undefined;
    try {
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO campaigns ("orgId", name, status, "senderId", body, "startedAt", recipients, "sentCount",
                                "sendGeneration", "audienceGeneration")
         SELECT id, $2, 'running', 'RelayE2E', 'Hi {{firstName}}', now(), 2000, 500, 1, 0
         FROM organizations WHERE slug = $1
         RETURNING id`,
        [DEMO.slug, `E2E audience ${stamp}`],
      );
      campaignId = inserted.rows[0]!.id;
      await signInAsDemo(page, `/campaigns/${campaignId}`);
      const statusLine = page.locator("#campaign-status-line");
      await expect(statusLine).toHaveText(
        "Sending while the audience is still being taken: 500 of 2,000 messages handled so far.",
      );

      await client.query(`UPDATE campaigns SET "audienceGeneration" = 1 WHERE id = $1`, [campaignId]);
      await page.reload();
      await expect(statusLine).toHaveText("Sending: 500 of 2,000 messages handled.");
    } finally {
      // Nothing would ever finish it: leave it cancelled, not running.
      if (campaignId)
        await client.query(`UPDATE campaigns SET status = 'cancelled' WHERE id = $1`, [campaignId]);
      await client.end();
    }
  });

  // getCampaign is scoped by organization, so another organization's id is answered exactly like these.
  test("an id that is not one of the organization's campaigns shows not found", async ({ page }) => {
    await signInAsDemo(page, "/");
    await page.goto("/campaigns/00000000-0000-4000-8000-000000000000");
    await expect(page.getByRole("heading", { level: 1, name: "Campaign not found" })).toBeVisible();
    await page.goto("/campaigns/not-a-campaign/edit");
    await expect(page.getByRole("heading", { level: 1, name: "Campaign not found" })).toBeVisible();
  });
});
