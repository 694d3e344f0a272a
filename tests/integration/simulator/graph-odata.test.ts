import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestSimulator } from "../../helpers/sim";
import type { Simulator } from "../../../simulator/server";
import type { Tenant, User } from "../../../simulator/world/types";
import { eventual, graph, personaToken, tenantByHealth } from "./graph-helpers";

let sim: Simulator;
let tenant: Tenant;
let token: string;
let users: User[];

beforeAll(async () => {
  sim = await startTestSimulator();
  tenant = tenantByHealth(sim, "healthy");
  token = await personaToken(sim, "technician", tenant);
  users = [...tenant.directory.users.values()];
});
afterAll(() => sim.close());

const get = (path: string, headers: Record<string, string> = {}) => graph(sim, token, "GET", path, { headers });
const q = encodeURIComponent;

describe("GET /users: $select, $filter, $top", () => {
  test("default property set, as documented", async () => {
    const r = await get("/users?$top=1");
    expect(Object.keys(r.body.value[0]).sort()).toEqual(
      ["businessPhones", "displayName", "givenName", "id", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName"].sort(),
    );
  });

  test("$select returns exactly the selected properties and names them in @odata.context", async () => {
    const r = await get("/users?$select=id,accountEnabled,userType,usageLocation&$top=3");
    expect(r.body["@odata.context"]).toMatch(/\$metadata#users\(id,accountEnabled,userType,usageLocation\)$/);
    for (const u of r.body.value) expect(Object.keys(u)).toEqual(["id", "accountEnabled", "userType", "usageLocation"]);
  });

  test("$select of an unknown property is Graph's 400", async () => {
    const r = await get("/users?$select=displayName,shoeSize");
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain("Could not find a property named 'shoeSize' on type 'microsoft.graph.user'");
  });

  test("eq / startswith / and / or / parentheses / booleans, case-insensitive like the directory", async () => {
    const disabled = users.filter((u) => !u.accountEnabled && u.userType === "Member");
    const r1 = await get(`/users?$filter=${q("accountEnabled eq false and userType eq 'Member'")}&$select=id&$top=999`);
    expect(r1.body.value.map((u: User) => u.id).sort()).toEqual(disabled.map((u) => u.id).sort());

    const admin = users.find((u) => u.tags.includes("admin"))!;
    const r2 = await get(`/users?$filter=${q(`userPrincipalName eq '${admin.userPrincipalName.toUpperCase()}'`)}`);
    expect(r2.body.value.map((u: User) => u.id)).toEqual([admin.id]);

    const r3 = await get(`/users?$filter=${q("(startswith(displayName,'break') or startswith(displayName,'tenant')) and accountEnabled eq true")}&$select=displayName`);
    expect(r3.body.value.map((u: User) => u.displayName).sort()).toEqual(["Break Glass", "Tenant Admin"]);
  });

  test("assignedLicenses/any(x:x/skuId eq GUID)", async () => {
    const sku = tenant.directory.subscribedSkus[0]!.skuId;
    const r = await get(`/users?$filter=${q(`assignedLicenses/any(x:x/skuId eq ${sku})`)}&$select=id&$top=999`);
    const expected = users.filter((u) => u.assignedLicenses.some((l) => l.skuId === sku)).map((u) => u.id);
    expect(r.body.value.map((u: User) => u.id).sort()).toEqual(expected.sort());
  });

  test("ne needs an advanced query (ConsistencyLevel: eventual + $count=true)", async () => {
    const filter = q("userType ne 'Guest'");
    const refused = await get(`/users?$filter=${filter}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "Request_UnsupportedQuery", message: "Filter operator 'NotEqualsMatch' is not supported." });
    const ok = await get(`/users?$filter=${filter}&$count=true&$select=id&$top=999`, eventual);
    expect(ok.status).toBe(200);
    expect(ok.body["@odata.count"]).toBe(users.filter((u) => u.userType !== "Guest").length);
  });

  test("invalid OData answers with Graph's codes", async () => {
    const syntax = await get(`/users?$filter=${q("displayName eq")}`);
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.code).toBe("BadRequest");
    expect(syntax.body.error.message).toMatch(/^Invalid filter clause/);
    const types = await get(`/users?$filter=${q("accountEnabled eq 'true'")}`);
    expect(types.body.error.message).toContain("incompatible types");
    const unknown = await get(`/users?$filter=${q("shoeSize eq 42")}`);
    expect(unknown.body.error.message).toContain("Could not find a property named 'shoeSize'");
    const contains = await get(`/users?$filter=${q("contains(displayName,'a')")}`);
    expect(contains.body.error.code).toBe("Request_UnsupportedQuery");
    const skip = await get("/users?$skip=5");
    expect(skip.status).toBe(400);
  });

  test("$top range is validated", async () => {
    for (const [top, code] of [["0", "Request_UnsupportedQuery"], ["1000", "Request_UnsupportedQuery"], ["abc", "BadRequest"]] as const) {
      const r = await get(`/users?$top=${top}`);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe(code);
    }
    expect((await get("/users?$top=999")).status).toBe(200);
  });
});

describe("$search, $orderby, $count", () => {
  test("$search needs ConsistencyLevel: eventual, exactly as Graph says", async () => {
    const r = await get(`/users?$search=${q('"displayName:glass"')}`);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({
      code: "Request_UnsupportedQuery",
      message: "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    });
    const ok = await get(`/users?$search=${q('"displayName:glass"')}&$select=displayName`, eventual);
    expect(ok.body.value).toEqual([{ displayName: "Break Glass" }]);
  });

  test("$search clauses combine with AND / OR and match word prefixes", async () => {
    const r = await get(`/users?$search=${q('"displayName:break" OR "displayName:tenant"')}&$select=displayName`, eventual);
    expect(r.body.value.map((u: User) => u.displayName).sort()).toEqual(["Break Glass", "Tenant Admin"]);
  });

  test("$orderby sorts; combined with $filter it needs an advanced query", async () => {
    const r = await get("/users?$orderby=displayName desc&$select=displayName&$top=999");
    const names = r.body.value.map((u: User) => u.displayName.toLowerCase());
    expect(names).toEqual([...names].sort().reverse());
    const refused = await get(`/users?$filter=${q("accountEnabled eq true")}&$orderby=displayName`);
    expect(refused.body.error).toMatchObject({ code: "Request_UnsupportedQuery", message: "Sorting not supported for current query." });
    const bad = await get("/users?$orderby=createdDateTime");
    expect(bad.body.error.message).toBe("Unsupported sort property 'createdDateTime' for 'User'.");
  });

  test("$count=true and /users/$count need ConsistencyLevel: eventual", async () => {
    expect((await get("/users?$count=true")).body.error.message).toBe("$count is not currently supported.");
    const counted = await get("/users?$count=true&$top=5", eventual);
    expect(counted.body["@odata.count"]).toBe(users.length);
    const plain = await get("/users/$count", eventual);
    expect(plain.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(plain.body).toBe(users.length);
    const filtered = await get(`/users/$count?$filter=${q("accountEnabled eq false")}`, eventual);
    expect(filtered.body).toBe(users.filter((u) => !u.accountEnabled).length);
    expect((await get("/users/$count")).status).toBe(400);
  });
});

describe("paging", () => {
  test("@odata.nextLink points back at the simulator; following it verbatim visits every user once", async () => {
    const seen: string[] = [];
    let link: string | undefined = "/users?$top=7&$select=id&$count=true";
    let pages = 0;
    while (link) {
      const r = await get(link, eventual);
      expect(r.status).toBe(200);
      if (pages === 0) expect(r.body["@odata.count"]).toBe(users.length);
      else expect(r.body["@odata.count"]).toBeUndefined();
      seen.push(...r.body.value.map((u: User) => u.id));
      link = r.body["@odata.nextLink"];
      if (link) expect(link.startsWith(`${sim.url}/graph.microsoft.com/v1.0/users?`)).toBe(true);
      pages++;
    }
    expect(pages).toBe(Math.ceil(users.length / 7));
    expect(new Set(seen).size).toBe(users.length);
  });

  test("default page size is 100 and a garbled $skiptoken is refused", async () => {
    const r = await get("/users");
    expect(r.body.value).toHaveLength(Math.min(100, users.length));
    const bad = await get("/users?$skiptoken=garbage");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("Directory_ExpiredPageToken");
  });

  test("/beta answers too, with beta links", async () => {
    const r = await graph(sim, token, "GET", "/users?$top=1", { version: "beta" });
    expect(r.status).toBe(200);
    expect(r.body["@odata.nextLink"]).toContain("/graph.microsoft.com/beta/users?");
  });
});

describe("other collections", () => {
  test("groups: $filter on groupTypes and securityEnabled; members list pages with @odata.type", async () => {
    const unified = await get(`/groups?$filter=${q("groupTypes/any(c:c eq 'Unified')")}`);
    expect(unified.body.value.every((g: { groupTypes: string[] }) => g.groupTypes.includes("Unified"))).toBe(true);
    const security = await get(`/groups?$filter=${q("securityEnabled eq true")}&$select=displayName`);
    expect(security.body.value.map((g: { displayName: string }) => g.displayName).sort()).toEqual(["SG-MFA Exclusions", "SG-VPN Users"]);
    const g = [...tenant.directory.groups.values()].find((x) => x.members.size > 2)!;
    const members = await get(`/groups/${g.id}/members?$top=2`);
    expect(members.body.value[0]["@odata.type"]).toBe("#microsoft.graph.user");
    expect(members.body["@odata.nextLink"]).toBeDefined();
  });

  test("directoryRoles lists activated roles only, unpaged, with members", async () => {
    const r = await get("/directoryRoles");
    expect(r.body.value).toHaveLength(tenant.directory.directoryRoles.length);
    expect(r.body["@odata.nextLink"]).toBeUndefined();
    const ga = r.body.value.find((x: { roleTemplateId: string }) => x.roleTemplateId === "62e90394-69f5-4237-9190-012177145e10");
    const members = await get(`/directoryRoles/${ga.id}/members`);
    expect(members.body.value.map((m: { displayName: string }) => m.displayName).sort()).toEqual(["Break Glass", "Tenant Admin"]);
  });

  test("subscribedSkus: id is <tenantId>_<skuId>, consumedUnits is counted from assignments; $filter is refused", async () => {
    const r = await get("/subscribedSkus");
    for (const s of r.body.value) {
      expect(s.id).toBe(`${tenant.id}_${s.skuId}`);
      expect(s.consumedUnits).toBe(users.filter((u) => u.assignedLicenses.some((l) => l.skuId === s.skuId)).length);
    }
    expect((await get(`/subscribedSkus?$filter=${q("skuPartNumber eq 'SPB'")}`)).status).toBe(400);
  });

  test("/users/{id}/memberOf lists groups and roles as directoryObjects", async () => {
    const admin = users.find((u) => u.tags.includes("admin"))!;
    const r = await get(`/users/${admin.userPrincipalName}/memberOf`);
    const types = new Set(r.body.value.map((o: Record<string, string>) => o["@odata.type"]));
    expect(types.has("#microsoft.graph.directoryRole")).toBe(true);
  });

  test("partner tenant: /applications filters by appId and never returns secrets; /contracts filters by customerId", async () => {
    const partner = await personaToken(sim, "partner-admin", sim.ctx.world.partner);
    const sam = sim.ctx.world.samApp;
    const apps = await graph(sim, partner, "GET", `/applications?$filter=${q(`appId eq '${sam.appId}'`)}`);
    expect(apps.body.value).toHaveLength(1);
    expect(apps.body.value[0].passwordCredentials[0]).toMatchObject({ keyId: sam.passwordCredentials[0]!.keyId, hint: sam.passwordCredentials[0]!.hint, secretText: null });
    expect(JSON.stringify(apps.body)).not.toContain(sam.passwordCredentials[0]!.secretText);
    const dap = sim.ctx.world.contracts[0]!;
    const contracts = await graph(sim, partner, "GET", `/contracts?$filter=${q(`customerId eq '${dap.customerId}'`)}`);
    expect(contracts.body.value.map((c: { defaultDomainName: string }) => c.defaultDomainName)).toEqual([dap.defaultDomainName]);
    expect((await get("/applications")).body.value).toEqual([]);
  });

  test("unknown segments and versions answer like Graph", async () => {
    expect((await get("/widgets")).body.error.message).toBe("Resource not found for the segment 'widgets'.");
    const v = await graph(sim, token, "GET", `${sim.url}/graph.microsoft.com/v2.0/users`);
    expect(v.body.error.message).toBe("Invalid version: v2.0");
    const res = await fetch(`${sim.url}/graph.microsoft.com/v1.0/users`, {
      method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: "{not json",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^Unable to read JSON request payload/);
  });
});
