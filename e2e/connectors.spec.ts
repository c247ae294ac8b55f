import { expect, test, type Page } from "@playwright/test";
import { signInAsDemo } from "./support/sign-in";

// scripts/test.ts starts the bundled simulator on SMSC_PORT; it accepts the demo account.
const SMSC = {
  host: "127.0.0.1",
  port: process.env.SMSC_PORT ?? "2775",
  systemId: process.env.SMSC_SYSTEM_ID ?? "demo",
  password: process.env.SMSC_PASSWORD ?? "demopass",
};

/** The result of the last test, shown under the connector's row. */
function testResult(page: Page, name: string) {
  return page.getByRole("cell").filter({ hasText: `Test of “${name}”` });
}

test.describe("SMPP connectors in settings", () => {
  test("an owner adds a connector to the simulator, tests it, edits it and deletes it", async ({ page }) => {
    // One journey through three pages and two test binds; more than the default 30 s on a busy machine.
    test.slow();
    const name = `Simulator ${Date.now()}`;
    await signInAsDemo(page, "/settings");
    const section = page.getByRole("region", { name: "SMPP connectors" });
    await section.getByRole("link", { name: "Add connector" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New SMPP connector" })).toBeVisible();

    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Host").fill(SMSC.host);
    await page.getByLabel("Port").fill("99999");
    await page.getByLabel("System ID").fill(SMSC.systemId);
    await page.getByLabel("Password").fill(SMSC.password);
    await page.getByLabel("Messages per second").fill("25");
    await page.getByRole("button", { name: "Add connector" }).click();

    // Refused with the reason at the port, which gets the focus; nothing typed is lost.
    await expect(page.getByText("Enter a port from 1 to 65535.", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Port")).toBeFocused();
    await expect(page.getByLabel("Name")).toHaveValue(name);
    await expect(page.getByLabel("Password")).toHaveValue(SMSC.password);

    await page.getByLabel("Port").fill(SMSC.port);
    await page.getByRole("button", { name: "Add connector" }).click();
    await expect(page).toHaveURL(/\/settings#smpp$/);
    await expect(section.getByRole("status").getByText(`Added “${name}”.`, { exact: true })).toBeVisible();
    const row = section.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText(`${SMSC.host}:${SMSC.port}`);
    await expect(row.getByRole("cell", { name: "25", exact: true })).toBeVisible();

    await section.getByRole("button", { name: `Test connection “${name}”` }).click();
    await expect(testResult(page, name)).toContainText(/Connected and bound in \d+ ms, then unbound\./);

    // Edit: the password is never sent back; left empty, the saved one is kept.
    await section.getByRole("link", { name: `Edit “${name}”` }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(
      page.getByText("Leave empty to keep the current password. At most 8 characters."),
    ).toBeVisible();
    await expect(page.getByLabel("Host")).toHaveValue(SMSC.host);
    await page.getByLabel("Messages per second").fill("40");
    await page.getByRole("button", { name: "Save connector" }).click();
    await expect(page).toHaveURL(/\/settings#smpp$/);
    await expect(section.getByRole("status").getByText(`Saved “${name}”.`, { exact: true })).toBeVisible();
    await expect(row.getByRole("cell", { name: "40", exact: true })).toBeVisible();

    await section.getByRole("button", { name: `Test connection “${name}”` }).click();
    await expect(testResult(page, name)).toContainText(/Connected and bound in \d+ ms, then unbound\./);

    await section.getByRole("button", { name: `Delete “${name}”` }).click();
    const dialog = page.getByRole("dialog", { name: `Delete “${name}”?` });
    await dialog.getByRole("button", { name: "Delete connector" }).click();
    await expect(section.getByRole("status").getByText(`Deleted “${name}”.`, { exact: true })).toBeVisible();
    await expect(section.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  });

  test("a wrong password is reported by the test, in words", async ({ page }) => {
    const name = `Wrong password ${Date.now()}`;
    await signInAsDemo(page, "/settings/connectors/new");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Host").fill(SMSC.host);
    await page.getByLabel("Port").fill(SMSC.port);
    await page.getByLabel("System ID").fill(SMSC.systemId);
    await page.getByLabel("Password").fill("wrong");
    await page.getByRole("button", { name: "Add connector" }).click();
    await expect(page).toHaveURL(/\/settings#smpp$/);

    const section = page.getByRole("region", { name: "SMPP connectors" });
    await section.getByRole("button", { name: `Test connection “${name}”` }).click();
    await expect(testResult(page, name)).toContainText(/Could not bind: The SMSC refused/);

    await section.getByRole("button", { name: `Delete “${name}”` }).click();
    await page
      .getByRole("dialog", { name: `Delete “${name}”?` })
      .getByRole("button", { name: "Delete connector" })
      .click();
    await expect(section.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  });
});
