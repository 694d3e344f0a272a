import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Starts simulator + fresh database + worker + app (scripts/stack/e2e-main.ts, in its own
 * process) for the browser suite and hands the specs its URLs through the environment.
 * Logs land in .test-reports/stack/ for the secret-leak scan.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.BASE_URL) return async () => undefined;
  const logDir = path.resolve(".test-reports/stack");
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/stack/e2e-main.ts")], {
    env: { ...process.env, E2E_LOG_DIR: logDir },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const ready = await new Promise<{ appUrl: string; simulatorUrl: string; databaseUrl: string }>((resolve, reject) => {
    let buf = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buf += chunk.toString();
      const m = /STACK_READY (\{.*\})/.exec(buf);
      if (m) resolve(JSON.parse(m[1]!));
    });
    child.once("exit", (code) => reject(new Error(`the e2e stack exited with code ${code} before it was ready`)));
  });
  process.env.SIMULATOR_URL = ready.simulatorUrl;
  process.env.E2E_DATABASE_URL = ready.databaseUrl;
  process.env.E2E_LOG_DIR = logDir;
  return () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
}
