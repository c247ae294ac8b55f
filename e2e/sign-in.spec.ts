import { expect, test } from "@playwright/test";
import { DEMO } from "../scripts/demo-login";

test.describe("signing in", () => {
  test("the demo owner signs in and sees the dashboard", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(DEMO.email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
    await expect(page.getByText(DEMO.organization).filter({ visible: true }).first()).toBeVisible();
    for (const area of ["Contacts", "Templates", "Campaigns", "Inbox", "Settings"]) {
      await expect(page.getByRole("link", { name: area, exact: true })).toBeVisible();
    }
  });

  test("a wrong password shows a clear error and stays on sign-in", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(DEMO.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("empty fields are named before anything is sent", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByLabel("Email")).toBeFocused();
  });

  test("a signed-out visit to a dashboard page lands on sign-in", async ({ page }) => {
    await page.goto("/campaigns");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcampaigns/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  });

  test("signing out ends the session, and a copied session cookie no longer works", async ({
    page,
    browser,
  }) => {
    await page.goto("/sign-in?callbackUrl=%2Fcontacts");
    await page.getByLabel("Email").fill(DEMO.email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/contacts$/);
    const cookies = await page.context().cookies();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    // The same JWT replayed from another browser is refused on the server.
    const other = await browser.newContext();
    await other.addCookies(cookies);
    const replay = await other.newPage();
    await replay.goto("/contacts");
    await expect(replay).toHaveURL(/\/sign-in/);
    await other.close();
  });
});
