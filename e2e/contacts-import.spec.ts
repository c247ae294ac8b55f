import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO } from "../scripts/demo-login";

// Unique per run, so numbers and names never collide with an earlier run's contacts.
const stamp = Date.now();
const digits = String(stamp % 10_000_000).padStart(7, "0");
const fileName = `contacts-e2e-${stamp}.csv`;
const listName = `E2E import ${stamp}`;
const searchName = `Kowalski${stamp}`;

// Header, four valid German numbers written four ways, one duplicate of the first, one invalid number.
const csv = [
  "Mobile,First name,Last name,Plan",
  `0151 1${digits},Anna,${searchName},gold`,
  `+49 151 2${digits},Ben,Berger${stamp},silver`,
  `0049-151-3${digits},Clara,Conti${stamp},gold`,
  `(0151) 4${digits.slice(0, 3)}.${digits.slice(3)},David,Dietz${stamp},bronze`,
  `+491511${digits},Anna,Again${stamp},gold`,
  "123,Ina,Invalid,silver",
].join("\r\n");

test.describe("importing contacts from a CSV file", () => {
  test("imports a file with live progress, offers the rejected row and finds the contacts", async ({
    page,
  }) => {
    test.setTimeout(90_000);

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(DEMO.email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/$/);

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Contacts", exact: true })
      .click();
    await expect(page).toHaveURL(/\/contacts$/);
    // The page header and the empty state may both offer it.
    await page.getByRole("link", { name: "Import CSV" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Import contacts" })).toBeVisible();

    await page.getByLabel("Choose a CSV file").setInputFiles({
      name: fileName,
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "utf8"),
    });

    // The guesses from the column names.
    await expect(page.getByRole("heading", { name: "Match the columns" })).toBeFocused();
    await expect(page.getByLabel("Import “Mobile” as")).toHaveValue("phone");
    await expect(page.getByLabel("Import “First name” as")).toHaveValue("firstName");
    await expect(page.getByLabel("Import “Last name” as")).toHaveValue("lastName");
    await expect(page.getByLabel("Import “Plan” as")).toHaveValue("custom");
    await expect(page.getByLabel("Custom field name for “Plan”")).toHaveValue("plan");
    await expect(
      page.getByRole("region", { name: `First 6 rows of ${fileName}` }).getByRole("row"),
    ).toHaveCount(8);

    await page.getByLabel("A new list").check();
    await page.getByLabel("Name of the new list").fill(listName);
    await expect(page.getByLabel("Default country")).toHaveValue("DE");
    await expect(page.getByLabel("Keep them as they are")).toBeChecked();
    await page.getByRole("button", { name: "Start import" }).click();

    await expect(page).toHaveURL(/\/contacts\/imports\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: fileName })).toBeVisible();
    const progress = page.getByRole("progressbar", { name: "Import progress" });
    await expect(progress).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
    await expect(progress).toHaveAttribute("aria-valuemin", "0");
    await expect(progress).toHaveAttribute("aria-valuemax", "100");
    await expect(page.getByText("Done", { exact: true })).toBeVisible();

    // Each counter's value is labelled by its name (aria-labelledby).
    await expect(page.getByLabel("Rows read", { exact: true })).toHaveText("6");
    await expect(page.getByLabel("Imported", { exact: true })).toHaveText("4");
    await expect(page.getByLabel("Updated", { exact: true })).toHaveText("0");
    await expect(page.getByLabel("Duplicates", { exact: true })).toHaveText("1");
    await expect(page.getByLabel("Invalid", { exact: true })).toHaveText("1");
    await expect(
      page.getByText(
        `4 new contacts imported into ${listName}; 1 duplicate not added twice; 1 row rejected.`,
      ),
    ).toBeVisible();

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download rejected rows (1)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`contacts-e2e-${stamp}-rejected-rows.csv`);
    const rejected = await readFile(await download.path(), "utf8");
    const [header, row, ...rest] = rejected.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toBe("line,reason,original row");
    // Line 7 of the file; the reason quotes the cell; the original row comes back as it was.
    expect(row).toMatch(/^7,"Not a valid number for Germany \(""123""\)","123,Ina,Invalid,silver"$/);
    expect(rest).toEqual([""]);

    await page.getByRole("link", { name: "View contacts" }).click();
    await expect(page).toHaveURL(/\/contacts\?list=[0-9a-f-]{36}/);
    await page.getByLabel("Search contacts").fill(searchName);
    await page.getByLabel("Search contacts").press("Enter");
    await expect(page).toHaveURL(new RegExp(`[?&]q=${searchName}`));
    const found = page.getByRole("row", { name: new RegExp(searchName) });
    await expect(found).toHaveCount(1);
    await expect(found).toContainText("Anna");
  });
});
