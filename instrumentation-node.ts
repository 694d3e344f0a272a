import { env, EnvError } from "./lib/env";

// Validating at boot makes a bad configuration stop the server with every problem listed, instead of
// failing on the first request that happens to read a variable.
try {
  env();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
