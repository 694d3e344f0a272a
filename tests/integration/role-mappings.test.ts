import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as list, POST as create } from "@/app/api/v1/role-mappings/route";
import { DELETE as remove } from "@/app/api/v1/role-mappings/[id]/route";
import { apiRequest, routeCtx, sessionCookie, useTestAppEnv } from "../helpers/auth";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let admin: string;
let technician: string;

const GROUP_A = "6f0c8f8e-0000-4000-8000-00000000000a";
const GROUP_B = "6f0c8f8e-0000-4000-8000-00000000000b";

beforeAll(async () => {
  db = await createTestDatabase();
  useTestAppEnv(db.url);
  const user = await db.prisma.appUser.create({ data: { oid: "oid-p", tenantId: "t", upn: "patti@contosomsp.com", displayName: "Patti Fernandez", role: "admin" } });
  admin = await sessionCookie({ userId: user.id, name: user.displayName, upn: user.upn, role: "admin" });
  technician = await sessionCookie({ userId: "tech", name: "Megan Bowen", upn: "megan@contosomsp.com", role: "technician" });
});
afterAll(() => db?.drop());

const post = (cookie: string, body: unknown) => create(apiRequest("/api/v1/role-mappings", { method: "POST", cookie, body }), routeCtx());
const del = (cookie: string, id: string) => remove(apiRequest(`/api/v1/role-mappings/${id}`, { method: "DELETE", cookie }), routeCtx({ id }));

describe("/api/v1/role-mappings", () => {
  it("adds a group mapping, normalising the group id, and lists it", async () => {
    const res = await post(admin, { claimType: "group", claimValue: GROUP_A.toUpperCase(), label: "Tenantry Admins", role: "admin" });
    expect(res.status).toBe(201);
    expect((await res.json()).roleMapping).toMatchObject({ claimValue: GROUP_A, label: "Tenantry Admins", role: "admin" });
    const { roleMappings } = await (await list(apiRequest("/api/v1/role-mappings", { cookie: admin }), routeCtx())).json();
    expect(roleMappings).toHaveLength(1);
  });

  it("adds an app-role mapping, keeping the value's case", async () => {
    const res = await post(admin, { claimType: "app_role", claimValue: "Tenantry.ServiceDesk", role: "service_desk" });
    expect((await res.json()).roleMapping).toMatchObject({ claimType: "app_role", claimValue: "Tenantry.ServiceDesk", label: null });
  });

  it("rejects a group that is not an object id, and a claim mapped twice", async () => {
    const bad = await post(admin, { claimType: "group", claimValue: "Tenantry Admins", role: "admin" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.claimValue[0]).toMatch(/object id/);
    const dup = await post(admin, { claimType: "group", claimValue: GROUP_A, role: "technician" });
    expect(dup.status).toBe(409);
    expect((await dup.json()).error.message).toMatch(/already mapped to admin/);
  });

  it("is admin only", async () => {
    expect((await post(technician, { claimType: "group", claimValue: GROUP_B, role: "admin" })).status).toBe(403);
    expect((await list(apiRequest("/api/v1/role-mappings", { cookie: technician }), routeCtx())).status).toBe(403);
  });

  it("refuses to remove the last admin mapping, removes others", async () => {
    const rows = await db.prisma.roleMapping.findMany();
    const adminRow = rows.find((r) => r.role === "admin")!;
    const last = await del(admin, adminRow.id);
    expect(last.status).toBe(409);
    expect((await last.json()).error.message).toMatch(/last mapping to Admin/);

    await post(admin, { claimType: "group", claimValue: GROUP_B, role: "admin" });
    expect((await del(admin, adminRow.id)).status).toBe(200);
    expect((await del(admin, adminRow.id)).status).toBe(404);
  });

  it("audits every change with who made it", async () => {
    const rows = await db.prisma.auditEvent.findMany({ where: { action: { startsWith: "role_mapping." } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["role_mapping.created", "role_mapping.created", "role_mapping.created", "role_mapping.deleted"]);
    expect(rows.every((r) => r.actorName === "Patti Fernandez" && r.role === "admin")).toBe(true);
    expect(rows[3]).toMatchObject({ target: `group:${GROUP_A}` });
  });
});
