import { expect, test } from "@playwright/test";
import { signInAsDemo } from "./support/sign-in";

test.describe("keywords and replies in settings", () => {
  test("a word in two lists is refused at its field, nothing typed is lost, and a fixed list is saved", async ({
    page,
  }) => {
    await signInAsDemo(page, "/settings");
    const form = page.getByRole("form", { name: "Keywords and replies" });
    const help = form.getByLabel("Help keywords");
    await expect(help).toBeVisible();
    const before = await help.inputValue();

    await help.fill("HELP, INFO, STOP");
    await form.getByRole("button", { name: "Save keywords and replies" }).click();
    await expect(form.getByText(/Already in another list: .*STOP/)).toBeVisible();
    await expect(help).toHaveValue("HELP, INFO, STOP");

    await help.fill("HELP, INFO, HILFE");
    await form.getByRole("button", { name: "Save keywords and replies" }).click();
    await expect(form.getByRole("status")).toHaveText(/Saved\./);
    await page.reload();
    await expect(
      page.getByRole("form", { name: "Keywords and replies" }).getByLabel("Help keywords"),
    ).toHaveValue(/HILFE/);

    // Leave the demo organization as it was for the other specs.
    const restored = page.getByRole("form", { name: "Keywords and replies" });
    await restored.getByLabel("Help keywords").fill(before);
    await restored.getByRole("button", { name: "Save keywords and replies" }).click();
    await expect(restored.getByRole("status")).toHaveText(/Saved\./);
  });
});
