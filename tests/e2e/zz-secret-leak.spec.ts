import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

// Runs last (file order): by now the other specs signed in, connected the partner tenant through
// the SAM wizard and minted tokens. Nothing secret may have reached a log, the database in clear,
// or any response the app sent to a browser.
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/;
const REFRESH_TOKEN = /1\.A[A-Za-z0-9_-]{40,}\.[A-Za-z0-9_-]{20,}/;

test("no refresh token, client secret or access token leaks", async () => {
  const simulator = process.env.SIMULATOR_URL;
  const databaseUrl = process.env.E2E_DATABASE_URL;
  const logDir = process.env.E2E_LOG_DIR;
  test.skip(!simulator || !databaseUrl || !logDir, "needs the stack started by the global setup");
  const world = await (await fetch(`${simulator}/_sim/world`)).json();
  const secrets: [string, RegExp | string][] = [
    ["SAM client secret", world.samApp.clientSecret],
    ["sign-in client secret", world.signInApp.clientSecret],
    ["refresh token", REFRESH_TOKEN],
    ["JWT (access or id token)", JWT],
  ];
  const sources: [string, string][] = [];
  sources.push(["database dump", execFileSync("pg_dump", ["--data-only", databaseUrl!], { maxBuffer: 256 * 1024 * 1024 }).toString()]);
  for (const f of readdirSync(logDir!).filter((f) => f.endsWith(".log"))) sources.push([`log ${f}`, readFileSync(path.join(logDir!, f), "utf8")]);
  const responses = path.join(logDir!, "responses.ndjson");
  expect(existsSync(responses), "the other specs recorded the app's responses").toBe(true);
  const bodies = readFileSync(responses, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { url: string; body: string });
  expect(bodies.length).toBeGreaterThan(10);
  for (const r of bodies) sources.push([`response ${r.url}`, r.body]);
  // The flow must actually have produced the secrets we look for, or this test proves nothing.
  const dump = sources[0]![1];
  expect(dump).toMatch(/"SamConnection"|SamConnection/);
  expect(dump, "the partner connection was made").toMatch(/connected/);
  const leaks: string[] = [];
  for (const [where, text] of sources) {
    for (const [what, pattern] of secrets) {
      const hit = typeof pattern === "string" ? text.includes(pattern) : pattern.test(text);
      if (hit) leaks.push(`${what} in ${where}`);
    }
  }
  expect(leaks).toEqual([]);
});
