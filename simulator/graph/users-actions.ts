import type { AssignedLicense } from "../world/types";
import { badRequest, GraphError } from "./errors";
import { requireRole } from "./roles";
import { route, type Call, type GraphScope } from "./route";
import { fullAuthMethod } from "./serialize/directory";
import { consumedUnits } from "./serialize/plans";
import { fullUser } from "./serialize/user";
import { targetUser } from "./users";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** DELETE /users/{id}/authentication/{segment}/{methodId}: the collection segment per method type. */
const METHOD_SEGMENTS: Record<string, string> = {
  phoneMethods: "#microsoft.graph.phoneAuthenticationMethod",
  microsoftAuthenticatorMethods: "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
  fido2Methods: "#microsoft.graph.fido2AuthenticationMethod",
  emailMethods: "#microsoft.graph.emailAuthenticationMethod",
  softwareOathMethods: "#microsoft.graph.softwareOathAuthenticationMethod",
  windowsHelloForBusinessMethods: "#microsoft.graph.windowsHelloForBusinessAuthenticationMethod",
  temporaryAccessPassMethods: "#microsoft.graph.temporaryAccessPassAuthenticationMethod",
  passwordMethods: "#microsoft.graph.passwordAuthenticationMethod",
};

function parseAssignLicense(body: unknown): { add: AssignedLicense[]; remove: string[] } {
  const b = (body ?? {}) as Record<string, unknown>;
  const missing = ["addLicenses", "removeLicenses"].filter((k) => !Array.isArray(b[k]));
  if (missing.length) {
    throw badRequest(`One or more parameters of the operation 'assignLicense' are missing from the request payload. The missing parameters are: ${missing.join(", ")}.`, "BadRequest");
  }
  const add = (b.addLicenses as unknown[]).map((l) => {
    const x = (l ?? {}) as Record<string, unknown>;
    const disabled = x.disabledPlans ?? [];
    if (typeof x.skuId !== "string" || !GUID.test(x.skuId) || !Array.isArray(disabled)) throw badRequest("Invalid value specified for property 'addLicenses' of resource 'User'.");
    return { skuId: x.skuId.toLowerCase(), disabledPlans: disabled.map(String) };
  });
  const remove = (b.removeLicenses as unknown[]).map((id) => {
    if (typeof id !== "string" || !GUID.test(id)) throw badRequest("Invalid value specified for property 'removeLicenses' of resource 'User'.");
    return id.toLowerCase();
  });
  return { add, remove };
}

export function userActionRoutes(s: GraphScope): void {
  for (const path of ["/users/:id/revokeSignInSessions", "/me/revokeSignInSessions"]) {
    route(s, "POST", path, "graph.users.revokeSignInSessions", (call) => {
      const u = targetUser(call, call.params.id ?? "me");
      if (u !== call.caller.homeUser) requireRole(call.caller, "users.revokeSessions", u);
      u.signInSessionsValidFromDateTime = call.ctx.clock.iso();
      return { body: { "@odata.context": `${call.base}/$metadata#Edm.Boolean`, value: true } };
    });
  }

  for (const path of ["/users/:id/assignLicense", "/me/assignLicense"]) {
    route(s, "POST", path, "graph.users.assignLicense", (call) => {
      const u = targetUser(call, call.params.id ?? "me");
      requireRole(call.caller, "users.assignLicense", u);
      const { add, remove } = parseAssignLicense(call.body);
      if (add.length && !u.usageLocation) throw badRequest("License assignment cannot be done for user with invalid usage location.");
      for (const skuId of [...add.map((l) => l.skuId), ...remove]) {
        if (!call.dir.subscribedSkus.some((s) => s.skuId === skuId)) throw badRequest(`License ${skuId} does not correspond to a valid company License.`);
      }
      for (const skuId of remove) {
        if (!u.assignedLicenses.some((l) => l.skuId === skuId)) throw badRequest("User does not have a corresponding license.");
      }
      for (const l of add) {
        const sku = call.dir.subscribedSkus.find((s) => s.skuId === l.skuId)!;
        const has = u.assignedLicenses.some((x) => x.skuId === l.skuId);
        if (!has && (sku.capabilityStatus !== "Enabled" || consumedUnits(call.tenant, l.skuId) >= sku.prepaidUnits.enabled)) {
          throw badRequest(`Subscription with SKU ${l.skuId} does not have any available licenses.`);
        }
      }
      u.assignedLicenses = [
        ...u.assignedLicenses.filter((l) => !remove.includes(l.skuId) && !add.some((a) => a.skuId === l.skuId)),
        ...add,
      ];
      return { body: { "@odata.context": `${call.base}/$metadata#users/$entity`, ...fullUser(call.ctx, call.tenant, u) } };
    });
  }

  for (const path of ["/users/:id/authentication/methods", "/me/authentication/methods"]) {
    route(s, "GET", path, "graph.authMethods.list", (call) => {
      const u = targetUser(call, call.params.id ?? "me");
      if (u !== call.caller.homeUser) requireRole(call.caller, "authMethods.read", u);
      return {
        body: {
          "@odata.context": `${call.base}/$metadata#users('${u.id}')/authentication/methods`,
          value: u.authenticationMethods.map((m) => fullAuthMethod(m, u.createdDateTime)),
        },
      };
    });
  }

  route(s, "DELETE", "/users/:id/authentication/:segment/:methodId", "graph.authMethods.delete", (call) => deleteMethod(call));
}

function deleteMethod(call: Call) {
  const u = targetUser(call, call.params.id!);
  requireRole(call.caller, "authMethods.delete", u);
  const type = METHOD_SEGMENTS[call.params.segment!];
  if (!type) throw badRequest(`Resource not found for the segment '${call.params.segment}'.`, "BadRequest");
  const i = u.authenticationMethods.findIndex((m) => m["@odata.type"] === type && m.id.toLowerCase() === call.params.methodId!.toLowerCase());
  if (i < 0) throw new GraphError(404, "itemNotFound", `The authentication method '${call.params.methodId}' was not found for this user.`);
  if (type === "#microsoft.graph.passwordAuthenticationMethod") {
    throw badRequest("The password authentication method cannot be deleted; reset the password instead.", "badRequest");
  }
  u.authenticationMethods.splice(i, 1);
  return { status: 204 };
}
