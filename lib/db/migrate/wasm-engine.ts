import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's migration engine compiled to WebAssembly, so migrations run where the native binary
// cannot be downloaded. Node 20 cannot import the package entry (it imports a .wasm file), so we
// instantiate the module ourselves from the glue file's directory.
type Bindgen = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let loaded: Promise<Bindgen> | undefined;
let lastPanic: string | undefined;

// The glue reports Rust panics through this global before the wasm call traps; without it the
// trap hides the message behind "Cannot read properties of undefined". Print it at once too: a
// trap inside an async callback can end the process before any catch sees it.
const panicRegistry = {
  set_message(message: string) {
    lastPanic = message;
    console.error(`Prisma schema engine panicked: ${message}`);
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;

async function instantiate(): Promise<Bindgen> {
  const bindgen: Bindgen = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));

  // The engine arms a 10 s timer after each command; unref it so a finished migration does not
  // hold the process (or a test worker) open.
  const imports: Record<string, unknown> = { ...bindgen };
  for (const name of Object.keys(imports)) {
    if (!name.startsWith("__wbg_setTimeout_")) continue;
    const original = imports[name] as (...args: unknown[]) => { unref?: () => void };
    imports[name] = (...args: unknown[]) => {
      const timer = original(...args);
      timer?.unref?.();
      return timer;
    };
  }
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports as WebAssembly.ModuleImports });
  bindgen.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindgen;
}

function loadBindgen(): Promise<Bindgen> {
  loaded ??= instantiate().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

export interface EngineOptions {
  /** [path, content] of the Prisma schema; only commands that diff against it need one. */
  schema?: { path: string; content: string };
  log?: (line: string) => void;
}

/**
 * Runs `work` with a fresh engine bound to `factory`, translating the engine's opaque
 * "External error id#N" into the adapter error that caused it, and always freeing the engine.
 */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  options: EngineOptions,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadBindgen();
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const datamodels: [string, string][] | undefined = options.schema
    ? [[options.schema.path, options.schema.content]]
    : undefined;
  const onLog = (line: string) => options.log?.(line);
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngine.new({ datamodels }, onLog, bound);
    return await work(engine);
  } catch (error) {
    throw explainEngineError(error, bound.errorRegistry);
  } finally {
    engine?.free();
  }
}

function explainEngineError(error: unknown, registry: { consumeError(id: number): { error: unknown } | undefined }): Error {
  const panic = lastPanic;
  lastPanic = undefined;
  if (panic !== undefined) return new Error(`Prisma schema engine panicked: ${panic}`, { cause: error });
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error);
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const cause = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
  if (cause instanceof Error) return new Error(`${message}\ncaused by: ${cause.message}`, { cause });
  if (cause !== undefined) return new Error(`${message}\ncaused by: ${JSON.stringify(cause)}`, { cause });
  return error instanceof Error ? error : new Error(message);
}
