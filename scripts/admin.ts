// `npm run admin -- <command>`: operator commands against DATABASE_URL.
//   api-key create --role <role> --name <name>   prints the new key (only the key, for scripts)
//   api-key revoke <prefix>                      revokes a key by its prefix (tnt_<prefix>_…)
//   api-key list                                 prefix, role, name, created, last used
//   audit verify                                 checks the audit log's hash chain
//   master-key rotate [--new-key-file <path>]    re-wraps every stored secret under a new master key
import { runAdmin } from "./admin/commands";

runAdmin(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
