import { expect, test } from "@playwright/test";
import { signInAsDemo } from "./support/sign-in";

test.describe("routes in settings", () => {
  test("a bad prefix is refused at its field, a route is added and listed with its health, then deleted", async ({
    page,
  }) => {
    await signInAsDemo(page, "/settings");
    await page
      .getByRole("region", { name: "Routes", exact: true })
      .getByRole("link", { name: "Manage routes" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Routes" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No routes yet" })).toBeVisible();

    await page.getByRole("button", { name: "Add route" }).click();
    await page.getByLabel("Destination prefix").fill("+49x");
    await page.getByLabel("Connector").selectOption({ label: "Default SMSC" });
    await page.getByRole("button", { name: "Add route" }).click();
    await expect(page.getByText(/^Enter the prefix as digits/)).toBeVisible();
    await expect(page.getByLabel("Destination prefix")).toHaveValue("+49x");

    await page.getByLabel("Destination prefix").fill("+49");
    await page.getByRole("button", { name: "Add route" }).click();
    await expect(page.getByRole("status").getByText("Saved the route for +49….")).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: "Default SMSC" });
    await expect(row.getByRole("cell", { name: "+49…", exact: true })).toBeVisible();
    await expect(row.getByText(/^(Healthy|Binds down)$/)).toBeVisible();

    // Leave the demo organization without routes, as the other specs expect.
    await page.getByRole("button", { name: "Delete the route for +49… through “Default SMSC”" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete route" }).click();
    await expect(page.getByRole("heading", { name: "No routes yet" })).toBeVisible();
  });
});
