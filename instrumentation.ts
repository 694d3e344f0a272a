/**
 * Runs once when the Next.js server starts (not during `next build`). The Node-only work lives in
 * its own module, imported behind the runtime check so the Edge bundle never sees `process.exit`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./instrumentation-node");
  }
}
