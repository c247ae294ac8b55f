import { expect, type Page } from "@playwright/test";
import { DEMO } from "../../scripts/demo-login";

/**
 * Signs in as the seeded demo owner and lands on `callbackPath`, then waits
 * until React has hydrated the page (it attaches its props to the DOM nodes
 * it owns): from then on links navigate on the client and every control
 * answers at once. The first spec meets a freshly started server, whose first
 * pages take longer, hence the long wait for the landing page.
 */
export async function signInAsDemo(page: Page, callbackPath: string): Promise<void> {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`);
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackPath}$`), { timeout: 30_000 });
  await page.waitForFunction(() => {
    const link = document.querySelector('nav[aria-label="Main"] a');
    return link !== null && Object.keys(link).some((key) => key.startsWith("__reactProps"));
  });
}
