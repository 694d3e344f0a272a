import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";

export interface Child {
  name: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  args: string[];
  env: Record<string, string | undefined>;
  /** resolve once a line matches (stdout or stderr) */
  ready?: RegExp;
  /** where output goes: a log file (tests) or this terminal with a name prefix (demo) */
  logFile?: string;
  timeoutMs?: number;
}

/**
 * Starts a Node child (`node <args>`) and waits until it says it is ready. Output is either
 * prefixed onto our terminal or written to a log file the secret-leak test reads later.
 */
export function spawnNode(o: SpawnOptions): Promise<Child & { firstMatch: RegExpMatchArray | null }> {
  const proc = spawn(process.execPath, o.args, { env: { ...process.env, ...o.env } as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  let sink: (line: string) => void;
  if (o.logFile) {
    mkdirSync(path.dirname(o.logFile), { recursive: true });
    const file = createWriteStream(o.logFile, { flags: "a" });
    sink = (line) => file.write(`${line}\n`);
  } else {
    sink = (line) => process.stdout.write(`[${o.name}] ${line}\n`);
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      const force = setTimeout(() => proc.kill("SIGKILL"), 5000);
      proc.once("exit", () => (clearTimeout(force), resolve()));
      proc.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let done = !o.ready;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      void stop();
      reject(new Error(`${o.name} did not become ready within ${(o.timeoutMs ?? 60_000) / 1000} s (see ${o.logFile ?? "output above"})`));
    }, o.timeoutMs ?? 60_000);
    const onLine = (line: string) => {
      sink(line);
      const m = o.ready && !done ? o.ready.exec(line) : null;
      if (m) {
        done = true;
        clearTimeout(timer);
        resolve({ name: o.name, proc, stop, firstMatch: m });
      }
    };
    for (const stream of [proc.stdout!, proc.stderr!]) {
      let buf = "";
      stream.on("data", (chunk: Buffer) => {
        buf += chunk.toString();
        const lines = buf.split("\n");
        buf = lines.pop()!;
        lines.forEach(onLine);
      });
    }
    proc.once("exit", (code) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(new Error(`${o.name} exited with code ${code} before it was ready (see ${o.logFile ?? "output above"})`));
    });
    if (!o.ready) {
      clearTimeout(timer);
      resolve({ name: o.name, proc, stop, firstMatch: null });
    }
  });
}

export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
