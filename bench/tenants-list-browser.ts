import { loadavg } from "node:os";
import { chromium, type Page } from "@playwright/test";

/**
 * Keystroke-to-update latency of the customer list in Chromium: from the keydown of one character
 * in the search box until the table shows exactly the rows the API returns for the new text and the
 * browser has painted that frame. Needs a running stack with tenants synced (2,000 for the
 * issue's figure); it only reads.
 *
 *   BASE_URL=http://127.0.0.1:3000 npx tsx bench/tenants-list-browser.ts [--keystrokes 30]
 *
 * Sign-in: BENCH_STORAGE_STATE (a Playwright storage-state file of a signed-in session), or else
 * through the sign-in pages as BENCH_UPN (default alex@contosomsp.com, the simulator's partner admin).
 * BENCH_PAGE_SIZE (default 25, the list's default). CHROMIUM_PATH as in playwright.config.ts.
 * Prints a table, then one JSON line; listFilterMs is the p95.
 */
const BASE_URL = process.env.BASE_URL?.replace(/\/$/, "");
const UPN = process.env.BENCH_UPN ?? "alex@contosomsp.com";
const arg = process.argv.indexOf("--keystrokes");
const KEYSTROKES = arg > 0 ? Number(process.argv[arg + 1]) : 30;
const PREFIX = 3; // characters typed per name before clearing
const PAGE_SIZE = process.env.BENCH_PAGE_SIZE ?? "25"; // the list's default (TENANT_TABLE)
const SEARCH = 'input[aria-label="Search tenants"]';

interface Page1 { items: { id: string; displayName: string }[]; total: number }

async function signIn(page: Page): Promise<void> {
  await page.goto(`${BASE_URL}/signin`);
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: /Sign in with Microsoft/ }).click();
  await page.getByRole("button", { name: new RegExp(UPN.replace(/[.@]/g, "\\$&")) }).click();
  const accept = page.getByRole("button", { name: "Accept" });
  const back = (u: URL) => u.href.startsWith(BASE_URL!);
  await Promise.race([accept.waitFor({ state: "visible" }).then(() => accept.click()), page.waitForURL(back)]);
  await page.waitForURL(back);
}

/** The rows the table must show for `q`: the API's own first page, asked outside the timing. */
async function expected(page: Page, q: string): Promise<string> {
  const res = await page.request.get(`${BASE_URL}/api/v1/tenants?${new URLSearchParams({ q, page: "1", pageSize: PAGE_SIZE })}`);
  if (!res.ok()) throw new Error(`GET /api/v1/tenants answered ${res.status()}`);
  return ((await res.json()) as Page1).items.map((t) => t.id).join(",");
}

// In-page code as plain text: tsx compiles functions passed to page.evaluate with helpers
// (__name) that do not exist in the page.
const ARM = `(want, q) => {
  const input = document.querySelector('input[aria-label="Search tenants"]');
  const table = document.querySelector('[data-testid="data-table"]');
  window.__lap = new Promise((resolve, reject) => {
    let t0;
    // The rows must answer the new text (data-shown), not merely look the same: a prefix often
    // has the same first page as the one before it.
    const shown = () => {
      const answered = new URLSearchParams(table.dataset.shown || "?").get("q") ?? "";
      if (table.dataset.shown === undefined || answered !== q) return false;
      const ids = [...document.querySelectorAll('[data-testid="data-table-row"]')].map((r) => r.dataset.rowId).join(",");
      return want === "" ? document.querySelector('[data-testid="table-empty"]') !== null : ids === want;
    };
    const observer = new MutationObserver(() => check());
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error("no expected rows for " + input.value)); }, 10000);
    const check = () => {
      if (t0 === undefined || !shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      const start = t0;
      // Stop after the frame that shows the rows: a task queued from requestAnimationFrame runs
      // once that frame's style, layout and paint are done.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    };
    observer.observe(table, { subtree: true, childList: true, characterData: true, attributes: true });
    input.addEventListener("keydown", () => { t0 = performance.now(); queueMicrotask(check); }, { once: true, capture: true });
  });
}`;

/** Arms an in-page timer: keydown on the search box starts it; the table showing `ids` for `q` stops it. */
const arm = (page: Page, ids: string, q: string) => page.evaluate(`(${ARM})(${JSON.stringify(ids)}, ${JSON.stringify(q)})`);

const lap = (page: Page) => page.evaluate("window.__lap") as Promise<number>;

async function clear(page: Page, all: string): Promise<void> {
  await page.fill(SEARCH, "");
  await page.waitForFunction(`[...document.querySelectorAll('[data-testid="data-table-row"]')].map((r) => r.dataset.rowId).join(",") === ${JSON.stringify(all)}`);
}

/**
 * Names whose typed prefixes never repeat: a prefix typed twice would be answered from the query
 * cache, and the bench is about the round trip, not the cache.
 */
async function pickNames(page: Page): Promise<{ names: string[]; total: number }> {
  const names: string[] = [];
  const firstLetters = new Set<string>();
  let total = 0;
  for (let p = 1; ; p++) {
    const res = (await (await page.request.get(`${BASE_URL}/api/v1/tenants?page=${p}&pageSize=200`)).json()) as Page1;
    total = res.total;
    for (const t of res.items) {
      const name = t.displayName.toLowerCase();
      if (/^[a-z0-9]{3}/.test(name) && !firstLetters.has(name[0]!)) (firstLetters.add(name[0]!), names.push(name));
    }
    if (p * 200 >= total) break;
  }
  if (names.length * PREFIX < KEYSTROKES + 3) console.warn(`only ${names.length} distinct first letters: some prefixes repeat (cached)`);
  return { names, total };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const r1 = (n: number) => Math.round(n * 10) / 10;

async function main(): Promise<void> {
  if (!BASE_URL) throw new Error("Set BASE_URL to a running Tenantry with tenants synced, e.g. BASE_URL=http://127.0.0.1:3000");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, storageState: process.env.BENCH_STORAGE_STATE });
    const page = await context.newPage();
    if (!process.env.BENCH_STORAGE_STATE) await signIn(page);
    await page.goto(`${BASE_URL}/tenants?pageSize=${PAGE_SIZE}`);
    await page.waitForSelector('[data-testid="data-table-row"]');
    const all = await expected(page, "");
    const { names, total } = await pickNames(page);
    const samples: number[] = [];
    for (let n = 0; samples.length < KEYSTROKES + 3; n++) {
      const name = names[n % names.length]!;
      await clear(page, all);
      for (let i = 1; i <= PREFIX && samples.length < KEYSTROKES + 3; i++) {
        const q = name.slice(0, i).trim();
        await arm(page, await expected(page, q), q);
        await page.locator(SEARCH).press(name[i - 1] === " " ? "Space" : name[i - 1]!);
        samples.push(await lap(page));
      }
    }
    const measured = samples.slice(3); // the first keystrokes warm the JIT and the connection
    const row = { keystrokes: measured.length, tenants: total, minMs: r1(Math.min(...measured)), medianMs: r1(pct(measured, 50)), p95Ms: r1(pct(measured, 95)), maxMs: r1(Math.max(...measured)) };
    console.log("tenants list: keystroke → filtered rows on screen (Chromium)");
    console.log(`  ${"tenants".padEnd(9)}${"keys".padEnd(6)}${"min".padEnd(8)}${"median".padEnd(8)}${"p95".padEnd(8)}max`);
    console.log(`  ${String(row.tenants).padEnd(9)}${String(row.keystrokes).padEnd(6)}${String(row.minMs).padEnd(8)}${String(row.medianMs).padEnd(8)}${String(row.p95Ms).padEnd(8)}${row.maxMs}   (ms; target p95 ≤ 50)`);
    console.log(JSON.stringify({ listFilterMs: row.p95Ms, listFilterMedianMs: row.medianMs, listFilterKeystrokes: row.keystrokes, listFilterTenants: row.tenants, listFilterLoad1: +loadavg()[0]!.toFixed(2) }));
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
