import { describe, expect, it } from "vitest";
import { DIRECTORY_ROLE } from "@/lib/microsoft/graph/directory-roles";
import { RESOURCE_APP_ID } from "@/lib/microsoft/partner-center/types";
import { consentState, daysLeft, summarizeGdap, type RelationshipFacts } from "@/lib/tenants/status";

const NOW = new Date("2026-06-01T00:00:00Z");
const inDays = (d: number) => new Date(NOW.getTime() + d * 86_400_000);
const rel = (o: Partial<RelationshipFacts> = {}): RelationshipFacts => ({
  displayName: "Tenantry_x", status: "active", endsAt: inDays(300), autoExtendDuration: "P180D", roles: [DIRECTORY_ROLE.userAdministrator], ...o,
});

describe("summarizeGdap", () => {
  it("the latest-ending usable relationship decides; auto-extend on keeps a near end 'active'", () => {
    expect(summarizeGdap([rel({ endsAt: inDays(10) }), rel({ endsAt: inDays(400), autoExtendDuration: "PT0S" })], false, NOW)).toMatchObject({ status: "active", endsAt: inDays(400), autoExtend: true, relationshipCount: 2 });
    expect(summarizeGdap([rel({ endsAt: inDays(10) })], false, NOW).status).toBe("active");
  });

  it("expiring: ends within 30 days and will not auto-extend (off, or Global Administrator blocks it)", () => {
    expect(summarizeGdap([rel({ endsAt: inDays(18), autoExtendDuration: "PT0S" })], false, NOW).status).toBe("expiring");
    const ga = summarizeGdap([rel({ endsAt: inDays(18), roles: [DIRECTORY_ROLE.globalAdministrator] })], false, NOW);
    expect(ga).toMatchObject({ status: "expiring", autoExtend: false, autoExtendBlockedByGlobalAdmin: true });
    expect(summarizeGdap([rel({ status: "expiring", autoExtendDuration: "P0D" })], false, NOW).status).toBe("expiring");
  });

  it("MLT_ relationships never count as access; DAP counts only without usable GDAP", () => {
    expect(summarizeGdap([rel({ displayName: "MLT_123" })], false, NOW).status).toBe("mlt_only");
    expect(summarizeGdap([rel({ displayName: "MLT_123" })], true, NOW).status).toBe("dap");
    expect(summarizeGdap([rel()], true, NOW).status).toBe("active");
    expect(summarizeGdap([], true, NOW)).toMatchObject({ status: "dap", relationshipCount: 0 });
  });

  it("pending beats ended; terminated counts as expired; nothing at all is none", () => {
    expect(summarizeGdap([rel({ status: "approvalPending", endsAt: null }), rel({ status: "expired", endsAt: inDays(-5) })], false, NOW).status).toBe("pending");
    expect(summarizeGdap([rel({ status: "terminated", endsAt: inDays(-5) })], false, NOW)).toMatchObject({ status: "expired", endsAt: inDays(-5) });
    expect(summarizeGdap([], false, NOW).status).toBe("none");
  });
});

describe("daysLeft and consentState", () => {
  it("counts whole days, negative once past", () => {
    expect(daysLeft(inDays(18), NOW)).toBe(18);
    expect(daysLeft(new Date(NOW.getTime() + 3600_000), NOW)).toBe(1);
    expect(daysLeft(inDays(-30), NOW)).toBe(-30);
    expect(daysLeft(null, NOW)).toBeNull();
  });

  it("granted needs a Graph grant and Exchange.Manage; unreadable is unknown", () => {
    const graph = { resourceAppId: RESOURCE_APP_ID.graph, scopes: ["User.ReadWrite.All"] };
    const exo = { resourceAppId: RESOURCE_APP_ID.exchange, scopes: ["Exchange.Manage"] };
    expect(consentState({ samAppConsented: true, grants: [graph, exo], errorCode: null })).toBe("granted");
    expect(consentState({ samAppConsented: true, grants: [graph], errorCode: null })).toBe("partial");
    expect(consentState({ samAppConsented: false, grants: [], errorCode: null })).toBe("missing");
    expect(consentState({ samAppConsented: false, grants: [], errorCode: "MICROSOFT_UNAVAILABLE" })).toBe("unknown");
    expect(consentState(null)).toBe("unknown");
  });
});
