import { vi } from "vitest";

import type { AuditEventInput } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import type { Role } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const T = {
  contoso: "0a1b2c3d-0000-4000-8000-000000000001",
  fabrikam: "0a1b2c3d-0000-4000-8000-000000000002",
  tailspin: "0a1b2c3d-0000-4000-8000-000000000003",
} as const;

export interface SeededUser {
  id: string;
  oid: string;
  upn: string;
  displayName: string;
  role: Role;
}

const PEOPLE = [
  { key: "alex", upn: "alex@contosomsp.com", displayName: "Alex Wilber", role: "admin" },
  { key: "megan", upn: "megan@contosomsp.com", displayName: "Megan Bowen", role: "technician" },
  { key: "lee", upn: "lee@contosomsp.com", displayName: "Gu, Lee", role: "service_desk" },
  { key: "adele", upn: "adele@contosomsp.com", displayName: "Adele Vance", role: "read_only" },
] as const;

export type Person = (typeof PEOPLE)[number]["key"];

/** Writes one event through the real (hash-chaining) writer, stamped at `at`. */
export async function recordAt(prisma: PrismaClient, at: string, event: AuditEventInput) {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(at) });
  try {
    return await recordAudit(prisma, event);
  } finally {
    vi.useRealTimers();
  }
}

/**
 * Four technicians, three customer tenants (tailspin tagged "gold") and a small, dated history:
 * sign-ins, tenant changes with tickets, a failure carrying fields that look like secrets, a
 * refusal whose target needs CSV quoting, and an API key's partner-level event.
 */
export async function seedAuditWorld(prisma: PrismaClient): Promise<Record<Person, SeededUser>> {
  const users = {} as Record<Person, SeededUser>;
  for (const p of PEOPLE) {
    const row = await prisma.appUser.create({ data: { oid: `oid-${p.key}`, tenantId: "partner", upn: p.upn, displayName: p.displayName, role: p.role } });
    users[p.key] = { id: row.id, oid: row.oid, upn: row.upn, displayName: row.displayName, role: p.role };
  }
  await prisma.tenant.createMany({
    data: [
      { id: T.contoso, displayName: "Contoso Ltd" },
      { id: T.fabrikam, displayName: "Fabrikam Inc" },
      { id: T.tailspin, displayName: "Tailspin Toys", tags: ["gold"] },
    ],
  });
  const who = (k: Person) => ({ type: "user" as const, id: users[k].id, name: users[k].displayName, role: users[k].role });

  await recordAt(prisma, "2025-01-10T08:00:00.000Z", { action: "auth.sign_in", actor: who("alex"), outcome: "succeeded", target: users.alex.upn, detail: { via: "mapping" } });
  await recordAt(prisma, "2025-01-10T09:00:00.000Z", { action: "auth.sign_in", actor: who("megan"), outcome: "succeeded", target: users.megan.upn, detail: { via: "mapping" } });
  await recordAt(prisma, "2025-01-11T09:00:00.000Z", {
    action: "auth.sign_in_refused", actor: { type: "user", id: "oid-megan", name: "Megan Bowen" }, outcome: "denied", target: users.megan.upn, detail: { reason: "no_role" },
  });
  await recordAt(prisma, "2025-02-05T23:59:59.999Z", {
    action: "tenant.updated", actor: who("megan"), outcome: "succeeded", tenantId: T.contoso, target: `tenant:${T.contoso}`,
    detail: { ticket: "INC-1001", before: { alias: null }, after: { alias: "contoso" } }, requestIds: ["req-a", "req-b"],
  });
  await recordAt(prisma, "2025-02-06T10:00:00.000Z", {
    action: "tenant.updated", actor: who("alex"), outcome: "failed", tenantId: T.fabrikam, target: "forwarding rule: to=attacker@evil.example",
    detail: { ticket: "INC-2002", code: "MICROSOFT_ERROR", password: "hunter2", nested: { clientSecret: "s3cr3t", keep: 1 }, refresh_token: "rt" },
  });
  await recordAt(prisma, "2025-02-07T10:00:00.000Z", {
    action: "tenant.updated", actor: who("lee"), outcome: "denied", tenantId: T.tailspin, target: 'user:"Doe, Jane"\nline two',
    detail: { ticket: "inc-3003", reason: 'He said "no", twice' },
  });
  await recordAt(prisma, "2025-02-08T10:00:00.000Z", {
    action: "tenant.updated", actor: who("megan"), outcome: "requested", tenantId: T.tailspin, target: "=HYPERLINK(\"http://evil\")", detail: {},
  });
  await recordAt(prisma, "2025-03-01T10:00:00.000Z", {
    action: "api_key.created", actor: who("alex"), outcome: "succeeded", target: "api_key:tnt_ab12cd34", detail: { name: "PSA sync", role: "read_only" },
  });
  return users;
}

/** A minimal RFC 4180 reader for assertions (quoted fields, doubled quotes, CRLF inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}
