import { expect, test, type Page } from "@playwright/test";
import { signInAsDemo } from "./support/sign-in";

// Unique per run, so numbers and texts never collide with an earlier run's.
const stamp = Date.now();
const digits = String(stamp % 1_000_000_000).padStart(9, "0");
/** Our number the subscribers write to; replies go out from it. */
const OUR_NUMBER = "4915100000099";

/**
 * The SMSC simulator's HTTP control port in the browser-test stack (scripts/test.ts
 * starts the simulator with --control-port and passes the port on).
 */
function controlUrl(path: string): string {
  const port = process.env.SMSC_CONTROL_PORT;
  if (!port) {
    throw new Error(
      "SMSC_CONTROL_PORT is not set: the browser-test stack must start the SMSC simulator with --control-port and pass the port to Playwright",
    );
  }
  return `http://127.0.0.1:${port}${path}`;
}

/** A subscriber writes to us: the simulator sends the MO as a deliver_sm over the worker's bind. */
async function subscriberWrites(from: string, text: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(controlUrl("/mo"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ from, to: OUR_NUMBER, text }),
    });
    const answer = (await response.json()) as { commandStatus?: number; error?: string };
    if (response.ok && answer.commandStatus === 0) return;
    // The worker may still be binding to the simulator right after the stack started.
    if (Date.now() > deadline)
      throw new Error(`the simulator could not deliver the MO: ${JSON.stringify(answer)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const conversations = (page: Page) => page.getByRole("region", { name: "Conversations" });

test.describe("the reply inbox", () => {
  test("a reply arrives live, is read, answered, and the answer reaches the SMSC", async ({ page }) => {
    const phone = `+49157${digits}`;
    const text = `Is the sale still on? ${stamp}`;
    await signInAsDemo(page, "/inbox");
    await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();

    await subscriberWrites(phone, text);
    // No reload: the list hears of the new conversation over the events stream.
    const item = conversations(page).getByRole("link", { name: new RegExp(phone.replace("+", "\\+")) });
    await expect(item).toBeVisible({ timeout: 15_000 });
    await expect(item).toContainText(text);
    await expect(item).toContainText("1 unread");

    await item.click();
    await expect(page).toHaveURL(/\/inbox\/[0-9a-f-]{36}$/);
    const thread = page.getByRole("region", { name: phone });
    await expect(thread.getByRole("heading", { level: 2, name: phone })).toBeVisible();
    const messages = thread.getByRole("log", { name: `Messages with ${phone}` });
    await expect(messages.getByText(text)).toBeVisible();
    await expect(thread.getByRole("link", { name: "Contact details" })).toHaveAttribute(
      "href",
      /^\/contacts\/\d+$/,
    );
    // Opening it read it.
    await expect(item).not.toContainText("unread");
    await expect(item).toHaveAttribute("aria-current", "page");

    const reply = thread.getByRole("textbox", { name: "Reply" });
    await expect(thread.getByText("Up to 160 characters fit in one message.")).toBeVisible();
    await reply.fill("Yes, until Sunday.");
    await expect(thread.getByText("GSM-7 · 18/160 characters · 1 segment")).toBeVisible();
    await reply.press("Enter");
    await expect(reply).toHaveValue("");
    const sent = messages.getByRole("listitem").filter({ hasText: "Yes, until Sunday." });
    await expect(sent).toBeVisible();
    await expect(sent.getByText(/^(Submitted|Delivered)$/)).toBeVisible({ timeout: 20_000 });
    await expect(item).toContainText("Yes, until Sunday.");

    // An empty reply is refused where it is typed, and nothing is sent.
    await reply.press("Enter");
    await expect(thread.getByRole("alert")).toHaveText("Write a reply first.");
    await expect(messages.getByRole("listitem").filter({ hasText: "Yes, until Sunday." })).toHaveCount(1);

    await thread.getByRole("button", { name: "Mark unread" }).click();
    await expect(page).toHaveURL(/\/inbox$/);
    await expect(item).toContainText("1 unread");
    await expect(page.getByText("Choose a conversation")).toBeVisible();
  });

  test("on a phone, the list and the thread take turns; an opted-out contact cannot be answered", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const phone = `+49159${digits}`;
    await signInAsDemo(page, "/inbox");
    await subscriberWrites(phone, "STOP");

    const item = conversations(page).getByRole("link", { name: new RegExp(phone.replace("+", "\\+")) });
    await expect(item).toBeVisible({ timeout: 15_000 });
    await expect(item).toContainText("Opted out");
    await item.click();

    const thread = page.getByRole("region", { name: phone });
    await expect(thread.getByRole("heading", { level: 2, name: phone })).toBeVisible();
    await expect(conversations(page)).toBeHidden();
    const messages = thread.getByRole("log", { name: `Messages with ${phone}` });
    await expect(messages.getByText("STOP", { exact: true })).toBeVisible();
    // The opt-out is confirmed once, automatically.
    await expect(messages.getByText("Automatic answer")).toBeVisible();
    await expect(thread.getByRole("textbox", { name: "Reply" })).toBeDisabled();
    await expect(
      thread.getByText(`${phone} opted out, so no reply can be sent. They can reply START to opt back in.`),
    ).toBeVisible();

    await thread.getByRole("link", { name: "← All conversations" }).click();
    await expect(page).toHaveURL(/\/inbox$/);
    await expect(conversations(page)).toBeVisible();
    await expect(page.getByText("Choose a conversation")).toBeHidden();
  });
});
