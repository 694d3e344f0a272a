import { expect, type Page } from "@playwright/test";

export const SIMULATOR_URL = process.env.SIMULATOR_URL ?? "http://127.0.0.1:4010";

/**
 * Signs in through the real pages: Tenantry's sign-in page → the simulator's account picker →
 * its consent page (shown until the persona has consented once) → back to Tenantry.
 * Resolves once the browser is back on the app (dashboard or refusal page).
 */
export async function signInAs(page: Page, upn: string, o: { from?: string } = {}): Promise<void> {
  await page.goto(o.from ?? "/signin");
  await expect(page).toHaveURL(/\/signin/);
  // next-auth sets its CSRF cookie from the page's first request; submitting before it settles races it.
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: /Sign in with Microsoft/ }).click();
  await expect(page.getByRole("heading", { name: "Pick an account" })).toBeVisible();
  await page.getByRole("button", { name: new RegExp(upn.replace(/[.@]/g, "\\$&")) }).click();
  const consent = page.getByRole("button", { name: "Accept" });
  await Promise.race([
    consent.waitFor({ state: "visible" }).then(() => consent.click()),
    page.waitForURL((url) => !url.href.startsWith(SIMULATOR_URL)),
  ]);
  await page.waitForURL((url) => !url.href.startsWith(SIMULATOR_URL));
}

/** Signs out through the user menu and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin\?reason=signed_out/);
}
