import { randomUUID } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import { stableUuid } from "../core/random";
import type { Tenant } from "../world/types";
import { pcErrors } from "./errors";

const DEFAULT_PAGE_SIZE = 200;

/** A Partner Center `Customer` as get-a-list-of-customers.md shows it, plus the fields real answers add. */
export function customerResource(ctx: SimContext, t: Tenant) {
  return {
    id: t.id,
    commerceId: stableUuid(ctx.world.seed, `commerce:${t.id}`),
    companyProfile: {
      tenantId: t.id,
      // The field reports it is the default (often vanity) domain, not the initial one: clients must
      // look the .onmicrosoft.com domain up in the customer tenant before calling Exchange.
      domain: t.defaultDomain,
      companyName: t.displayName,
      attributes: { objectType: "CustomerCompanyProfile" },
    },
    relationshipToPartner: "reseller",
    allowDelegatedAccess: ctx.world.contracts.some((c) => c.customerId === t.id),
    attributes: { objectType: "Customer" },
  };
}

/** The customer tenant behind `/v1/customers/{id}`; the partner's own tenant is not its customer. */
export function customerById(ctx: SimContext, id: string): Tenant {
  const t = ctx.world.tenantsById.get(id.toLowerCase());
  if (!t || t.isPartner) throw pcErrors.notFound(`customer '${id}'.`);
  return t;
}

interface Continuation {
  offset: number;
  size: number;
}

/**
 * `GET /v1/customers?size=N`. Further pages are announced in `links.next` with an opaque
 * `MS-ContinuationToken` header the client sends back on the next request.
 */
export function listCustomers(req: FastifyRequest, ctx: SimContext) {
  const q = req.query as Record<string, string | undefined>;
  const tokens = ctx.store("partner-center.continuations", () => new Map<string, Continuation>());
  const header = req.headers["ms-continuationtoken"];
  const tokenValue = typeof header === "string" ? header.trim() : "";
  let page: Continuation;
  if (tokenValue) {
    const found = tokens.get(tokenValue);
    if (!found) throw pcErrors.invalidInput("the continuation token is not valid or has expired.");
    page = found;
  } else {
    if (q.seekOperation !== undefined || q.seekoperation !== undefined) throw pcErrors.invalidInput("seekOperation needs an MS-ContinuationToken header.");
    page = { offset: 0, size: parseSize(q.size) };
  }
  const all = ctx.world.customers;
  const items = all.slice(page.offset, page.offset + page.size).map((t) => customerResource(ctx, t));
  const links: Record<string, unknown> = { self: { uri: `/v1/customers?size=${page.size}`, method: "GET", headers: [] } };
  const nextOffset = page.offset + page.size;
  if (nextOffset < all.length) {
    const token = randomUUID();
    tokens.set(token, { offset: nextOffset, size: page.size });
    links.next = {
      uri: `/v1/customers?size=${page.size}&seekOperation=Next`,
      method: "GET",
      headers: [{ key: "MS-ContinuationToken", value: token }],
    };
  }
  return { totalCount: items.length, items, links, attributes: { objectType: "Collection" } };
}

function parseSize(raw: string | undefined): number {
  if (raw === undefined || raw === "") return DEFAULT_PAGE_SIZE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw pcErrors.invalidInput(`size must be a positive whole number, got '${raw}'.`);
  return n;
}
