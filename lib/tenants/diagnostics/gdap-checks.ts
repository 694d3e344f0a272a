import { DIRECTORY_ROLE as R, directoryRoleName } from "../../microsoft/graph/directory-roles";
import { translation } from "../../microsoft/translate";
import { autoExtends, daysLeft, holdsGlobalAdmin, isMicrosoftLed, isPendingStatus, isUsable, summarizeGdap, type RelationshipFacts } from "../status";
import type { DiagnosticStep } from "../types";
import { FIX, pass, problem } from "./steps";

export interface RelationshipInput extends RelationshipFacts {
  id: string;
  assignments: { groupId: string; groupName: string | null; status: string; roles: readonly string[] }[];
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "an unknown date");
const NEW_RELATIONSHIP = "Create a GDAP relationship with the roles Tenantry needs (least privilege, no Global Administrator, auto-extend 180 days) and ask the customer's Global Administrator to approve it.";

/** gdap.active: a usable relationship of our own, and whether it will keep working. */
export function gdapActive(tenantId: string, rels: readonly RelationshipInput[], hasDap: boolean, now: Date): DiagnosticStep {
  const id = "gdap.active";
  const s = summarizeGdap(rels, hasDap, now);
  const fix = { code: "GDAP_ACCESS_MISSING", fixAction: FIX.gdap(tenantId) };
  const left = daysLeft(s.endsAt, now);
  switch (s.status) {
    case "active":
    case "expiring": {
      const usable = rels.filter((r) => isUsable(r) && !isMicrosoftLed(r.displayName));
      if (s.status === "expiring") {
        const ga = usable.some((r) => holdsGlobalAdmin(r.roles)) ? " Auto-extend is blocked because the relationship includes Global Administrator." : " Auto-extend is off.";
        return problem(id, "warn", `GDAP ends in ${left} days (${day(s.endsAt)}).${ga}`, {
          fixIt: `Before ${day(s.endsAt)}: turn on auto-extend (P180D) if the relationship has no Global Administrator role, or ${NEW_RELATIONSHIP.charAt(0).toLowerCase()}${NEW_RELATIONSHIP.slice(1)}`,
          fixAction: FIX.gdap(tenantId),
        });
      }
      const blocked = usable.filter((r) => holdsGlobalAdmin(r.roles) && !autoExtends(r));
      if (blocked.length && !usable.some(autoExtends)) {
        return problem(id, "warn", `Active until ${day(s.endsAt)} (${left} days), but it can never auto-extend: "${blocked[0]!.displayName}" includes Global Administrator.`, {
          fixIt: `Microsoft does not auto-extend relationships that hold Global Administrator. ${NEW_RELATIONSHIP} Then let this one end.`,
          fixAction: FIX.gdap(tenantId),
        });
      }
      return pass(id, `Active until ${day(s.endsAt)}${s.autoExtend ? ", auto-extends" : ""}.`);
    }
    case "dap":
      return problem(id, "warn", "No GDAP relationship: access relies on a legacy DAP contract (AdminAgents act as Global Administrator). Microsoft is retiring DAP.", {
        fixIt: `${NEW_RELATIONSHIP} Then remove the DAP contract.`,
        fixAction: FIX.gdap(tenantId),
      });
    case "mlt_only":
      return problem(id, "fail", "Only a Microsoft-led transition relationship (MLT_) exists: it carries read-only roles, has no access assignments and cannot be changed.", { ...fix, fixIt: NEW_RELATIONSHIP });
    case "pending": {
      const rel = rels.find((r) => isPendingStatus(r.status))!;
      return problem(id, "fail", `Relationship "${rel.displayName}" awaits the customer's approval (${rel.status}).`, {
        ...fix,
        fixIt: `Send the customer's Global Administrator the approval link https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${rel.id} — access starts once they approve.`,
      });
    }
    case "expired":
      return problem(id, "fail", `GDAP ended on ${day(s.endsAt)}.`, { ...fix, fixIt: NEW_RELATIONSHIP });
    case "none":
      return problem(id, "fail", "No GDAP relationship and no DAP contract with this customer.", { ...fix, fixIt: NEW_RELATIONSHIP });
  }
}

/** Feature areas and the roles that let Tenantry act in them (reads alone are not enough). */
export const FEATURE_AREAS = [
  { area: "directory", label: "Directory (users, groups)", roles: [R.globalAdministrator, R.userAdministrator], needs: R.userAdministrator },
  { area: "exchange", label: "Exchange", roles: [R.globalAdministrator, R.exchangeAdministrator], needs: R.exchangeAdministrator },
  { area: "licences", label: "Licences", roles: [R.globalAdministrator, R.licenseAdministrator, R.userAdministrator], needs: R.licenseAdministrator },
] as const;

export function missingAreas(roles: ReadonlySet<string>) {
  return FEATURE_AREAS.filter((a) => !a.roles.some((r) => roles.has(r)));
}

/** gdap.roles: the usable relationships' roles cover every feature area. */
export function gdapRoles(tenantId: string, rels: readonly RelationshipInput[]): DiagnosticStep {
  const roles = new Set(rels.filter((r) => isUsable(r) && !isMicrosoftLed(r.displayName)).flatMap((r) => r.roles));
  const missing = missingAreas(roles);
  if (!missing.length) return pass("gdap.roles", `Roles cover directory, Exchange and licences (${[...roles].map(directoryRoleName).join(", ")}).`);
  const needs = missing.map((a) => `${a.label}: ${directoryRoleName(a.needs)}`).join("; ");
  const exchangeOnly = missing.length === 1 && missing[0]!.area === "exchange";
  return problem("gdap.roles", "fail", `No role for ${missing.map((a) => a.label).join(", ")}. Needed — ${needs}.`, {
    code: "GDAP_ACCESS_MISSING",
    fixAction: FIX.gdap(tenantId),
    fixIt: exchangeOnly
      ? translation("Exchange:CommandNotFound").fixIt
      : `Roles of an active relationship cannot be changed: create a new GDAP relationship that adds ${missing.map((a) => directoryRoleName(a.needs)).join(", ")}, and give a partner group an access assignment with them.`,
  });
}
