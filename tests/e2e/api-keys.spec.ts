import { expectNoSeriousA11yViolations } from "./helpers/axe";
import { signInAs } from "./helpers/sign-in";
import { expect, test } from "./fixtures";

test("an admin creates an API key shown once, uses it, and revokes it", async ({ page, playwright, baseURL }) => {
  await signInAs(page, "alex@contosomsp.com", { from: "/settings/api-keys" });
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const name = `e2e ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Role").selectOption("read_only");
  await page.getByRole("button", { name: "Create key" }).click();
  const keyField = page.getByRole("textbox", { name: "New API key" });
  await expect(keyField).toBeVisible();
  const key = await keyField.inputValue();
  expect(key).toMatch(/^tnt_[a-z0-9]{8}_[A-Za-z0-9]{43}$/);

  // A fresh client with no cookies: only the key authenticates it.
  const api = await playwright.request.newContext({ baseURL });
  const me = await api.get("/api/v1/me", { headers: { authorization: `Bearer ${key}` } });
  expect(await me.json()).toMatchObject({ actor: { type: "api_key", name, role: "read_only" } });

  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0); // shown once only
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(key.slice(0, 12));
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toContainText("Revoked");

  const after = await api.get("/api/v1/me", { headers: { authorization: `Bearer ${key}` } });
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe("API_KEY_INVALID");
  await api.dispose();
});
