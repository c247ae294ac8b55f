import { expect, test } from "@playwright/test";
import { signInAsDemo } from "./support/sign-in";

test.describe("API keys", () => {
  test("an owner creates a key, sees it once, uses it, revokes it, and the next call is refused", async ({
    page,
    request,
  }) => {
    test.slow();
    const name = `Shop backend ${Date.now()}`;
    await signInAsDemo(page, "/settings");
    await page
      .getByRole("region", { name: "API keys" })
      .getByRole("link", { name: "Manage API keys" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();

    // A key needs a name.
    await page.getByRole("button", { name: "Create key" }).click();
    await expect(page.getByText("Name the key, e.g. after the system that will use it.")).toBeVisible();

    await page.getByLabel("Key name").fill(name);
    await page.getByRole("button", { name: "Create key" }).click();
    const dialog = page.getByRole("dialog", { name: `Your new key “${name}”` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("you will not see it again");
    const secret = await dialog.getByLabel("API key").inputValue();
    expect(secret).toMatch(/^sk_[0-9A-Za-z]{40}$/);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(dialog).toBeHidden();

    // Only the prefix is ever shown again.
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText(`${secret.slice(0, 11)}…`);
    await expect(row).toContainText("Never");
    await expect(row).toContainText("Active");
    expect(await page.content()).not.toContain(secret);

    const listed = await request.get("/api/v1/contacts?limit=5", {
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(listed.status()).toBe(200);
    const page1 = (await listed.json()) as { data: unknown[]; nextCursor: string | null };
    expect(Array.isArray(page1.data)).toBe(true);
    expect(listed.headers()["ratelimit-limit"]).toBeTruthy();

    await page.reload();
    await expect(row).not.toContainText("Never");

    await row.getByRole("button", { name: `Revoke “${name}”` }).click();
    const confirm = page.getByRole("dialog", { name: `Revoke “${name}”?` });
    await confirm.getByRole("button", { name: "Revoke key" }).click();
    await expect(page.getByRole("status").getByText(`Revoked “${name}”.`, { exact: false })).toBeVisible();
    await expect(row).toContainText("Revoked");

    const refused = await request.get("/api/v1/contacts", { headers: { Authorization: `Bearer ${secret}` } });
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toEqual({
      error: { code: "unauthorized", message: "The API key was revoked." },
    });
  });

  test("the API documentation is served as a page and as an OpenAPI document", async ({ page, request }) => {
    await signInAsDemo(page, "/developers");
    await expect(page.getByRole("heading", { level: 1, name: "REST API" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Idempotency" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /POST \/contacts/ })).toBeVisible();

    const document = await request.get("/api/v1/openapi.json");
    expect(document.status()).toBe(200);
    expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
  });
});
