import type { FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import type { ApplicationConsent, ApplicationGrant } from "../world/types";
import { customerById } from "./customers";
import { pcErrors } from "./errors";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads `applicationId` or `ApplicationId`: MSP tools send both casings and the service accepts them. */
function field(o: unknown, name: string): unknown {
  if (!o || typeof o !== "object" || Array.isArray(o)) return undefined;
  const key = Object.keys(o).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : (o as Record<string, unknown>)[key];
}

function parseGrant(g: unknown, i: number): ApplicationGrant {
  const enterpriseApplicationId = field(g, "enterpriseApplicationId");
  const scope = field(g, "scope");
  if (typeof enterpriseApplicationId !== "string" || !GUID.test(enterpriseApplicationId)) {
    throw pcErrors.invalidInput(`applicationGrants[${i}].enterpriseApplicationId must be a GUID.`);
  }
  if (typeof scope !== "string" || !scope.split(",").some((s) => s.trim())) {
    throw pcErrors.invalidInput(`applicationGrants[${i}].scope must be a comma separated list of scopes.`);
  }
  const scopes = scope.split(",").map((s) => s.trim()).filter(Boolean);
  return { enterpriseApplicationId: enterpriseApplicationId.toLowerCase(), scope: scopes.join(",") };
}

function view(c: ApplicationConsent) {
  return {
    applicationId: c.applicationId,
    displayName: c.displayName,
    applicationGrants: c.applicationGrants.map((g) => ({ enterpriseApplicationId: g.enterpriseApplicationId, scope: g.scope })),
    attributes: { objectType: "ApplicationConsent" },
  };
}

/**
 * `POST /v1/customers/{id}/applicationconsents`: puts the partner's multi-tenant app into the
 * customer tenant with the listed delegated grants. This is the consent the identity platform
 * checks when a partner refresh token is redeemed at that tenant.
 */
export function createConsent(req: FastifyRequest, ctx: SimContext, customerId: string) {
  const tenant = customerById(ctx, customerId);
  const body = req.body;
  if (!body || typeof body !== "object" || Array.isArray(body)) throw pcErrors.invalidInput("the body must be a JSON object.");
  const applicationId = field(body, "applicationId");
  if (typeof applicationId !== "string" || !GUID.test(applicationId)) throw pcErrors.invalidInput("applicationId must be a GUID.");
  const grantsIn = field(body, "applicationGrants");
  if (!Array.isArray(grantsIn) || !grantsIn.length) throw pcErrors.invalidInput("applicationGrants must be a non-empty array.");
  const applicationGrants = grantsIn.map(parseGrant);
  const app = ctx.world.apps.get(applicationId.toLowerCase());
  if (!app) throw pcErrors.invalidInput(`application '${applicationId}' is not registered in the partner tenant.`);
  if (app.signInAudience !== "AzureADMultipleOrgs") throw pcErrors.invalidInput(`application '${applicationId}' is not a multi-tenant application.`);
  if (tenant.consents.has(app.appId)) throw pcErrors.conflict("Permission entry already exists.");
  const displayName = field(body, "displayName");
  const consent: ApplicationConsent = {
    applicationId: app.appId,
    displayName: typeof displayName === "string" && displayName.trim() ? displayName.trim() : app.displayName,
    applicationGrants,
    createdDateTime: ctx.clock.iso(),
  };
  tenant.consents.set(app.appId, consent);
  return view(consent);
}

/** `GET /v1/customers/{id}/applicationconsents` as a Partner Center collection. */
export function listConsents(ctx: SimContext, customerId: string) {
  const tenant = customerById(ctx, customerId);
  const items = [...tenant.consents.values()].map(view);
  return {
    totalCount: items.length,
    items,
    links: { self: { uri: `/v1/customers/${tenant.id}/applicationconsents`, method: "GET", headers: [] } },
    attributes: { objectType: "Collection" },
  };
}

/** `DELETE /v1/customers/{id}/applicationconsents/{applicationId}`; 404 when there is nothing to remove. */
export function deleteConsent(ctx: SimContext, customerId: string, applicationId: string): void {
  const tenant = customerById(ctx, customerId);
  const key = [...tenant.consents.keys()].find((k) => k.toLowerCase() === applicationId.toLowerCase());
  if (!key) throw pcErrors.notFound(`application consent '${applicationId}' for customer '${tenant.id}'.`);
  tenant.consents.delete(key);
}
