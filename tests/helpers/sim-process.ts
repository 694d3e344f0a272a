import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

export interface SimProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  /** SIGTERM, then the exit code */
  stop(): Promise<number | null>;
}

/** Runs `simulator/main.ts` as `npm run simulator` does, in its own process group, and waits for it to be ready. */
export function spawnSimulator(args: string[], timeoutMs = 20_000): Promise<SimProcess> {
  const child = spawn(TSX, ["simulator/main.ts", ...args], { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void stop().then(() => reject(new Error(`simulator not ready in ${timeoutMs} ms: ${out}${err}`))), timeoutMs);
    child.stdout!.on("data", () => {
      const m = /ready at (http:\/\/\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({ child, url: m[1]!, stdout: () => out, stop });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`simulator exited with ${code}: ${err}`), { code, stderr: err }));
    });
  });
}

/** Runs main.ts to completion (bad flags, --help) and returns its exit code and output. */
export function runSimulatorCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(TSX, ["simulator/main.ts", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}
