import { expect, test } from "@playwright/test";
import { signInAsDemo } from "./support/sign-in";

test.describe("webhooks in settings", () => {
  test("an http URL and a loopback host are refused at the URL field, with what was typed kept, and nothing is saved", async ({
    page,
  }) => {
    // The browser tests run without WEBHOOK_ALLOW_PRIVATE_NETWORKS: the SSRF rule applies.
    await signInAsDemo(page, "/settings");
    await page
      .getByRole("region", { name: "Webhooks", exact: true })
      .getByRole("link", { name: "Manage webhooks" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No webhook endpoints yet" })).toBeVisible();

    await page.getByRole("link", { name: "Add endpoint" }).click();
    const form = page.getByRole("form", { name: "New webhook endpoint" });
    const url = form.getByLabel("URL", { exact: true });
    await url.fill("http://example.com/hooks/relay");
    await form.getByRole("button", { name: "Add endpoint" }).click();
    await expect(form.getByText(/^Enter an https:\/\/ URL/)).toBeVisible();
    await expect(url).toHaveAttribute("aria-invalid", "true");
    await expect(url).toHaveValue("http://example.com/hooks/relay");

    await url.fill("http://localhost:9/hooks/relay");
    await form.getByRole("button", { name: "Add endpoint" }).click();
    await expect(form.getByText(/^localhost resolves to .*, a loopback address\./)).toBeVisible();
    await expect(url).toHaveValue("http://localhost:9/hooks/relay");

    await form.getByLabel("message.status").uncheck();
    await form.getByLabel("message.received").uncheck();
    await url.fill("https://hooks.example.com/relay");
    await form.getByRole("button", { name: "Add endpoint" }).click();
    await expect(form.getByText("Choose at least one event.")).toBeVisible();

    await page.goto("/settings/webhooks");
    await expect(page.getByRole("heading", { name: "No webhook endpoints yet" })).toBeVisible();
  });
});
