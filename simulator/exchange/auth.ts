import type { FastifyRequest } from "fastify";
import { authenticate } from "../core/bearer";
import type { SimContext } from "../core/context";
import { hostBase } from "../core/host";
import type { TokenClaims } from "../core/tokens";
import { RESOURCE, ROLE } from "../world/catalog";
import { findTenant } from "../world/access";
import type { Tenant } from "../world/types";
import type { Cmdlet } from "./cmdlets/types";
import { exo } from "./errors";

/** How the request named the organisation in `/adminapi/{version}/{tenant}/`. */
export type Addressing = "id" | "initial" | "vanity";

export interface ExoCaller {
  claims: TokenClaims;
  tenant: Tenant;
  addressing: Addressing;
  roles: Set<string>;
}

/**
 * Entra roles as Exchange maps them to its role groups: Global and Exchange Administrators land in
 * Organization Management (everything), Global Reader in View-Only Organization Management.
 */
const WRITE_ROLES = [ROLE.globalAdministrator, ROLE.exchangeAdministrator];
const READ_ROLES = [...WRITE_ROLES, ROLE.globalReader];

export function canRun(caller: ExoCaller, cmdlet: Cmdlet): boolean {
  return (cmdlet.write ? WRITE_ROLES : READ_ROLES).some((r) => caller.roles.has(r));
}

/** Token for https://outlook.office365.com issued by the organisation in the path (id or any of its domains). */
export async function exoCaller(req: FastifyRequest, ctx: SimContext, segment: string): Promise<ExoCaller> {
  const auth = await authenticate(req, ctx, "exchange");
  if (!auth.ok) throw withChallenge(req, exo.unauthorized(auth.message));
  const tenant = findTenant(ctx.world, decodeURIComponent(segment));
  if (!tenant) throw exo.organizationNotFound(segment);
  const { claims } = auth;
  if (claims.tid !== tenant.id) {
    throw withChallenge(req, exo.unauthorized(`The access token was issued for tenant '${claims.tid}' and can't be used for organization '${segment}'.`));
  }
  if (claims.idtyp === "app") {
    if (!claims.roles?.includes("Exchange.ManageAsApp")) {
      throw withChallenge(req, exo.unauthorized("The application lacks the Exchange.ManageAsApp permission in this organization."));
    }
    // App-only access also needs a directory role on the service principal (seed thread on -AccessToken).
    if (!READ_ROLES.some((r) => auth.roles.has(r))) {
      throw exo.task(`The role assigned to application ${claims.appid ?? claims.azp} isn't supported in this scenario. Please check online documentation for assigning correct Directory Roles to Azure AD Application for EXO App-Only Authentication.`, "System.UnauthorizedAccessException", 403);
    }
  }
  const s = segment.toLowerCase();
  const addressing: Addressing = s === tenant.id ? "id" : s === tenant.initialDomain.toLowerCase() ? "initial" : "vanity";
  return { claims, tenant, addressing, roles: auth.roles };
}

function withChallenge(req: FastifyRequest, e: ReturnType<typeof exo.unauthorized>) {
  const authorize = `${hostBase(req, "login.microsoftonline.com")}/common/oauth2/authorize`;
  e.headers["WWW-Authenticate"] =
    `Bearer client_id="${RESOURCE.exchange.appId}", trusted_issuers="00000001-0000-0000-c000-000000000000@*", token_types="app_asserted_user_v1 service_asserted_app_v1", authorization_uri="${authorize}", error="invalid_token"`;
  return e;
}
