import { parseArgs } from "node:util";

import { SYSTEM_ACTOR, type AuditActor } from "../../lib/audit/events";
import { verifyAuditChain } from "../../lib/audit/verify";
import { formatMasterKey, generateMasterKey, parseMasterKey, processKeyring } from "../../lib/crypto/keyring";
import { rotateMasterKey } from "../../lib/crypto/rotate";
import { readFileSync } from "node:fs";
import { createApiKey, listApiKeys, revokeApiKey } from "../../lib/auth/api-keys";
import { createApiKeySchema } from "../../lib/auth/schemas";
import { createPrismaClient } from "../../lib/db/client";
import type { PrismaClient } from "../../lib/generated/prisma/client";

const USAGE = `usage: npm run admin -- api-key create --role <admin|technician|service_desk|read_only> --name <name>
       npm run admin -- api-key revoke <prefix>
       npm run admin -- api-key list
       npm run admin -- audit verify
       npm run admin -- master-key rotate [--new-key-file <path>]   (without a file: generates and prints the new key)`;

// The CLI runs with shell access to the server: it is audited as the operator's OS account.
const cliActor = (): AuditActor => ({ ...SYSTEM_ACTOR, name: `cli:${process.env.USER ?? "operator"}` });

type Command = (prisma: PrismaClient, args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  "api-key create": async (prisma, args) => {
    const { values } = parseArgs({ args, options: { role: { type: "string" }, name: { type: "string" } } });
    const parsed = createApiKeySchema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
      return 2;
    }
    const { key } = await createApiKey(prisma, parsed.data, cliActor());
    console.log(key); // stdout is the key alone, so `KEY=$(npm run -s admin -- api-key create …)` works
    return 0;
  },
  "api-key revoke": async (prisma, args) => {
    const prefix = args.find((a) => !a.startsWith("-"));
    if (!prefix) return usage();
    const key = await revokeApiKey(prisma, prefix, cliActor());
    console.error(`Revoked ${key.prefix} (${key.name}, ${key.role}).`);
    return 0;
  },
  "api-key list": async (prisma) => {
    for (const k of await listApiKeys(prisma)) {
      const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : `last used ${k.lastUsedAt?.toISOString() ?? "never"}`;
      console.log(`${k.prefix}\t${k.role}\t${k.name}\tcreated ${k.createdAt.toISOString()}\t${state}`);
    }
    return 0;
  },
  "audit verify": async (prisma) => {
    const result = await verifyAuditChain(prisma);
    if (result.ok) console.log(`Audit chain intact: ${result.checked} event(s).`);
    else console.error(`Audit chain BROKEN at event ${result.brokenAt.id} (${result.brokenAt.reason}) after ${result.checked} good event(s).`);
    return result.ok ? 0 : 3;
  },
  "master-key rotate": async (prisma, args) => {
    const { values } = parseArgs({ args, options: { "new-key-file": { type: "string" } } });
    const current = processKeyring().current;
    const file = values["new-key-file"];
    const newKey = file
      ? parseMasterKey(readFileSync(file, "utf8").split("\n").find((l) => l.trim() && !l.startsWith("#"))!.trim(), file)
      : generateMasterKey(current.version + 1);
    const result = await rotateMasterKey(prisma, newKey);
    // stdout carries the new key only when we generated it, so it can be captured into a secret store.
    if (!file) console.log(formatMasterKey(newKey));
    console.error(`Re-wrapped ${result.rewrapped} secret(s) under key version ${result.masterKeyVersion} (${result.alreadyCurrent} already current).`);
    console.error("Next: restart every process with the new key as TENANTRY_MASTER_KEY and the old one in TENANTRY_MASTER_KEY_PREVIOUS, run this again with --new-key-file, then drop the old key.");
    return 0;
  },
};

function usage(): number {
  console.error(USAGE);
  return 2;
}

export async function runAdmin(argv: string[]): Promise<number> {
  const command = COMMANDS[argv.slice(0, 2).join(" ")];
  if (!command) return usage();
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (postgresql://user:password@host:5432/database)");
  const prisma = createPrismaClient(url);
  try {
    return await command(prisma, argv.slice(2));
  } finally {
    await prisma.$disconnect();
  }
}
