import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnNode, waitForHttp, type Child } from "./processes";
import { prepareDatabase } from "./database";
import { seedFromSimulator } from "./seed";

export interface StackOptions {
  mode: "demo" | "e2e";
  appPort: number;
  simulatorPort: number;
  seed?: string;
  tenants?: number;
  /** real Postgres to use (production-like); demo without it runs the embedded one */
  databaseUrl?: string;
  /** e2e: child output goes to files here, for the secret-leak scan */
  logDir?: string;
  dataDir?: string;
}

export interface Stack {
  appUrl: string;
  simulatorUrl: string;
  databaseUrl: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, "..", "..");
const TSX = ["--import", "tsx"];

/**
 * The whole product on one machine: simulator, database, worker and app, wired only through
 * configuration (base URLs, DATABASE_URL). `npm run demo` and the e2e suite both use this.
 */
export async function startStack(o: StackOptions): Promise<Stack> {
  const children: Child[] = [];
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const c of children.reverse()) await c.stop();
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  const log = (name: string) => (o.logDir ? path.join(o.logDir, `${name}.log`) : undefined);
  try {
    const sim = await spawnNode({
      name: "simulator", args: [...TSX, path.join(ROOT, "simulator/main.ts"), "--port", String(o.simulatorPort), "--seed", o.seed ?? "tenantry-demo", "--tenants", String(o.tenants ?? 25), ...(o.mode === "e2e" ? ["--quiet"] : [])],
      env: {}, ready: /ready at (http:\/\/\S+)/, logFile: log("simulator"), timeoutMs: 60_000,
    });
    children.push(sim);
    const simulatorUrl = sim.firstMatch![1]!;
    const db = await prepareDatabase({ mode: o.mode, databaseUrl: o.databaseUrl, dataDir: o.dataDir ?? path.join(ROOT, ".data") });
    stops.push(db.stop);
    const world = (await (await fetch(`${simulatorUrl}/_sim/world`)).json()) as SimWorld;
    const appUrl = `http://127.0.0.1:${o.appPort}`;
    const env: Record<string, string> = {
      DATABASE_URL: db.url,
      ...db.keyEnv,
      NEXTAUTH_URL: appUrl,
      NEXTAUTH_SECRET: persistentSecret(o, "nextauth.secret"),
      MICROSOFT_IDENTITY_URL: `${simulatorUrl}/login.microsoftonline.com`,
      MICROSOFT_GRAPH_URL: `${simulatorUrl}/graph.microsoft.com`,
      MICROSOFT_PARTNER_CENTER_URL: `${simulatorUrl}/api.partnercenter.microsoft.com`,
      MICROSOFT_EXCHANGE_URL: `${simulatorUrl}/outlook.office365.com`,
      TENANTRY_SIGNIN_TENANT_ID: world.partnerTenantId,
      TENANTRY_SIGNIN_CLIENT_ID: world.signInApp.clientId,
      TENANTRY_SIGNIN_CLIENT_SECRET: world.signInApp.clientSecret,
      TENANTRY_BOOTSTRAP_ADMIN: world.personas.find((p) => p.role === "partner-admin")!.upn,
    };
    await seedFromSimulator(db.url, env, simulatorUrl, world);
    children.push(await spawnNode({ name: "worker", args: [...TSX, path.join(ROOT, "scripts/worker.ts")], env, ready: /worker (ready|started)/i, logFile: log("worker"), timeoutMs: 60_000 }));
    const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
    if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) throw new Error("The app is not built yet: run `npx next build` first (npm run demo and npm test do it for you).");
    children.push(await spawnNode({ name: "app", args: [nextBin, "start", "-H", "127.0.0.1", "-p", String(o.appPort)], env, ready: /Ready|started server|Local:/i, logFile: log("app"), timeoutMs: 90_000 }));
    await waitForHttp(`${appUrl}/api/v1/health`);
    return { appUrl, simulatorUrl, databaseUrl: db.url, env, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

export interface SimWorld {
  partnerTenantId: string;
  samApp: { clientId: string; clientSecret: string };
  signInApp: { clientId: string; clientSecret: string };
  personas: { upn: string; displayName: string; role: string }[];
  partnerGroups: Record<string, { id: string; displayName: string }>;
  tenants: { tenantId: string; displayName: string; health: string }[];
}

/** Demo keeps its session secret across restarts (sessions survive); e2e gets a fresh one. */
function persistentSecret(o: StackOptions, name: string): string {
  if (o.mode === "e2e") return randomBytes(32).toString("base64");
  const dir = o.dataDir ?? path.join(ROOT, ".data");
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
