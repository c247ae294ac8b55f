import { expect, test } from "@playwright/test";
import { signInAsDemo } from "./support/sign-in";

// The demo seed holds this contact (plan "gold"); the preview must show her own name.
const CONTACT = { search: "Ada", label: "Ada Lovelace" };

test.describe("template editor", () => {
  test("a merge tag renders for a real contact, and an emoji turns the counter to UCS-2", async ({
    page,
  }) => {
    // One journey: sign in, write, preview, save, delete; it needs more than the default 30 s on a busy machine.
    test.slow();
    const name = `Welcome ${Date.now()}`;
    await signInAsDemo(page, "/templates/new");
    await expect(page.getByRole("heading", { level: 1, name: "New template" })).toBeVisible();

    await page.getByLabel("Name").fill(name);
    const message = page.getByRole("textbox", { name: "Message" });
    await message.fill("Hi ");
    await page.getByRole("button", { name: "Insert merge tag" }).click();
    await page.getByRole("menuitem", { name: /^First name/ }).click();
    await expect(message).toBeFocused();
    await page.keyboard.type(", your plan is ready.");
    await expect(message).toHaveValue("Hi {{firstName}}, your plan is ready.");
    // 37 characters as typed; the four braces are GSM-7 extension characters and count two each.
    await expect(page.getByText("GSM-7 · 41/160 characters · 1 segment", { exact: true })).toBeVisible();

    await page.getByRole("combobox", { name: "Preview as" }).fill(CONTACT.search);
    await page.getByRole("option", { name: new RegExp(`^${CONTACT.label}`) }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByText("Hi Ada, your plan is ready.", { exact: true })).toBeVisible();
    await expect(preview.getByText("GSM-7 · 1 segment · 27 characters", { exact: true })).toBeVisible();

    await message.press("End");
    await page.keyboard.insertText(" 🎉");
    await expect(page.getByText("UCS-2 · 40/70 characters · 1 segment", { exact: true })).toBeVisible();
    await expect(page.getByText("GSM-7 · 41/160 characters · 1 segment", { exact: true })).toHaveCount(0);
    await expect(preview.getByText("Hi Ada, your plan is ready. 🎉", { exact: true })).toBeVisible();
    await expect(preview.getByText("UCS-2 · 1 segment · 30 characters", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Save template" }).click();
    await expect(page.getByRole("alert").getByText("Template created.", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/templates\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    // Clean up through the list, which also proves delete asks first.
    await page.goto("/templates");
    await page.getByRole("button", { name: `Delete “${name}”` }).click();
    const dialog = page.getByRole("dialog", { name: `Delete “${name}”?` });
    await dialog.getByRole("button", { name: "Delete template" }).click();
    await expect(page.getByRole("status").getByText(`Deleted “${name}”.`, { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
  });

  test("an unknown merge tag is named with its position and the template is not saved", async ({ page }) => {
    await signInAsDemo(page, "/templates/new");
    await page.getByLabel("Name").fill(`Typo ${Date.now()}`);
    await page.getByRole("textbox", { name: "Message" }).fill("Hi {{fristName}}");
    const issue = "Unknown merge tag “fristName” at line 1, column 4. Did you mean “firstName”?";
    await expect(page.getByText(issue, { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Save template" }).click();
    // The save is refused with the same message next to the field, and nothing typed is lost.
    await expect(page.getByText(issue, { exact: true })).toHaveCount(2);
    await expect(page).toHaveURL(/\/templates\/new$/);
    await expect(page.getByRole("textbox", { name: "Message" })).toHaveValue("Hi {{fristName}}");
  });
});
