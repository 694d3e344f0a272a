import { startStack } from "./index";

/**
 * The e2e stack as its own process: Playwright's TypeScript loader cannot run the wasm migration
 * engine (ESM-only code), so the global setup spawns this and reads one STACK_READY line.
 */
async function main(): Promise<void> {
  const stack = await startStack({
    mode: "e2e",
    appPort: Number(process.env.E2E_APP_PORT ?? 3100),
    simulatorPort: Number(process.env.E2E_SIMULATOR_PORT ?? 4110),
    seed: process.env.E2E_SEED ?? "tenantry-e2e",
    tenants: process.env.E2E_TENANTS ? Number(process.env.E2E_TENANTS) : undefined,
    logDir: process.env.E2E_LOG_DIR,
  });
  console.log(`STACK_READY ${JSON.stringify({ appUrl: stack.appUrl, simulatorUrl: stack.simulatorUrl, databaseUrl: stack.databaseUrl })}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void stack.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // If Playwright dies without tearing down, do not outlive it.
  process.stdin.on("end", stop);
  process.stdin.resume();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
