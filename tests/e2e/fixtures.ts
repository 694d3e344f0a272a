import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { test as base, expect } from "@playwright/test";

/**
 * Every spec imports `test` from here: an automatic fixture records each response body the
 * app (not the simulator) sends to the browser, so the last spec can prove no secret leaked.
 */
export const test = base.extend<{ recordResponses: void }>({
  recordResponses: [
    async ({ page, baseURL }, use) => {
      const dir = process.env.E2E_LOG_DIR ?? path.resolve(".test-reports/stack");
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, "responses.ndjson");
      const pending: Promise<void>[] = [];
      page.on("response", (res) => {
        if (!baseURL || !res.url().startsWith(baseURL)) return;
        pending.push(
          res
            .text()
            .then((body) => appendFileSync(file, `${JSON.stringify({ url: res.url(), status: res.status(), headers: res.headers(), body })}\n`))
            .catch(() => undefined), // redirects and aborted loads have no body
        );
      });
      await use();
      // Chromium never hands over some bodies (e.g. Next's RSC prefetches of not-yet-built pages
      // that 404), so their text() never settles; bound the wait instead of hanging the teardown.
      await Promise.race([Promise.all(pending), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    },
    { auto: true },
  ],
});

export { expect };
