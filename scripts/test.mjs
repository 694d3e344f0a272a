// `npm test`: the whole suite — unit and integration tests (vitest, real Postgres + the
// simulator in-process), then the app build and the browser tests (Playwright, Debian Chromium).
// Ends with one line "N passed, N failed, N skipped" summing both runners.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
// Not test-results/: Playwright empties that folder when it starts.
const results = path.join(root, ".test-reports");
mkdirSync(results, { recursive: true });
const node = process.execPath;
const bin = (p) => path.join(root, "node_modules", p);

function run(label, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(node, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function prerequisites() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
      console.log("Installing Debian's Chromium for the browser tests…");
      spawnSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"], { stdio: "inherit" });
    }
    if (!existsSync(chromium)) {
      console.error(`Chromium not found at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
      process.exit(1);
    }
  }
}

prerequisites();
let status = run("prisma generate", [bin("prisma/build/index.js"), "generate"]);
if (status !== 0) process.exit(status);

const vitestJson = path.join(results, "vitest.json");
const pwJson = path.join(results, "playwright.json");
rmSync(vitestJson, { force: true });
rmSync(pwJson, { force: true });
const only = process.argv[2]; // "unit" | "e2e" to run one half
let failedStep = false;
if (only !== "e2e") {
  status = run("unit + integration (vitest)", [bin("vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
  failedStep ||= status !== 0 && !existsSync(vitestJson);
}
if (only !== "unit") {
  status = run("next build", [bin("next/dist/bin/next"), "build"]);
  if (status !== 0) {
    console.error("The app does not build; browser tests cannot run.");
    failedStep = true;
  } else {
    run("browser tests (playwright)", [bin("@playwright/test/cli.js"), "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
    failedStep ||= !existsSync(pwJson);
  }
}

let passed = 0, failed = 0, skipped = 0;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, "utf8"));
  passed += v.numPassedTests; failed += v.numFailedTests; skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  if (v.numFailedTestSuites && !v.numFailedTests) failed += v.numFailedTestSuites;
}
if (existsSync(pwJson)) {
  const s = JSON.parse(readFileSync(pwJson, "utf8")).stats;
  passed += s.expected + s.flaky; failed += s.unexpected; skipped += s.skipped;
  const errs = JSON.parse(readFileSync(pwJson, "utf8")).errors ?? [];
  if (errs.length) failed += errs.length;
}
if (failedStep && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
