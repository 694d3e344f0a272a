import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import { hostBase } from "../core/host";
import { canRun, exoCaller, type ExoCaller } from "./auth";
import { findCmdlet } from "./cmdlets";
import type { RunContext } from "./cmdlets/types";
import { envelope, serialize } from "./envelope";
import { exo, ExoError } from "./errors";
import { forestOf } from "./forest";
import { bind, type Bound } from "./params";
import { exoHeaders, sendError, spend } from "./response";

export const HOST = "outlook.office365.com";
const VERSIONS = new Set(["beta", "v1.0"]);
const MAX_PAGE = 1000;

/** `{"CmdletInput":{"CmdletName","Parameters"}}`, keys matched case-insensitively. */
export function cmdletInput(body: unknown): { name: unknown; parameters: unknown } | undefined {
  const get = (o: unknown, k: string) =>
    o && typeof o === "object" && !Array.isArray(o) ? Object.entries(o).find(([key]) => key.toLowerCase() === k)?.[1] : undefined;
  const input = get(body, "cmdletinput");
  return input && typeof input === "object" ? { name: get(input, "cmdletname"), parameters: get(input, "parameters") } : undefined;
}

function runContext(ctx: SimContext, caller: ExoCaller, p: Bound, warnings: string[]): RunContext {
  const changed = ctx.store("exchange.whenChanged", () => new WeakMap<object, string>());
  const forest = forestOf(caller.tenant);
  return {
    ctx, tenant: caller.tenant, dir: caller.tenant.directory, forest, p, caller: caller.claims.upn ?? caller.claims.preferred_username ?? "",
    warn: (text) => void warnings.push(text),
    commit: () => {
      if (p.WhatIf === true) return false;
      if (caller.addressing === "vanity") throw exo.crossForest(forest);
      return true;
    },
    touch: (o) => void changed.set(o, ctx.clock.iso()),
    changedAt: (o, fallback) => changed.get(o) ?? fallback,
  };
}

/** Opaque $skiptoken bound to the request body, so a nextLink only continues the listing it came from. */
const fingerprint = (input: unknown) => createHash("sha256").update(JSON.stringify(input ?? null)).digest("base64url").slice(0, 16);
const encodeSkip = (offset: number, fp: string) => Buffer.from(`${offset}:${fp}`).toString("base64url");
function decodeSkip(token: string, fp: string): number {
  const [offset, given] = Buffer.from(token, "base64url").toString().split(":");
  if (given !== fp || !/^\d+$/.test(offset ?? "")) throw exo.badRequest("The $skiptoken is not valid for this request; POST the original body to the @odata.nextLink.");
  return Number(offset);
}

function pageSize(req: FastifyRequest): number | undefined {
  const prefer = [req.headers.prefer, req.headers["x-prefer"]].flat().filter(Boolean).join(",");
  const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer);
  return m ? Math.min(MAX_PAGE, Math.max(1, Number(m[1]))) : undefined;
}

/** POST /adminapi/{beta|v1.0}/{tenant}/InvokeCommand */
export async function invokeCommand(req: FastifyRequest, reply: FastifyReply, ctx: SimContext) {
  const { version, tenant: segment } = req.params as { version: string; tenant: string };
  const warnings: string[] = [];
  let appId: string | undefined;
  try {
    if (!VERSIONS.has(version.toLowerCase())) throw exo.badRequest(`The API version '${version}' is not supported.`);
    const caller = await exoCaller(req, ctx, segment);
    appId = caller.claims.appid ?? caller.claims.azp;
    const rate = spend(ctx, caller.tenant.id);
    const input = cmdletInput(req.body);
    if (!input || typeof input.name !== "string" || !input.name.trim()) {
      throw exo.badRequest('The body must be {"CmdletInput":{"CmdletName":"<cmdlet>","Parameters":{...}}}.');
    }
    const cmdlet = findCmdlet(input.name);
    if (!cmdlet || !canRun(caller, cmdlet)) throw exo.notRecognized(input.name.trim());
    const params = bind(cmdlet.params, input.parameters);
    const records = cmdlet.run(runContext(ctx, caller, params, warnings)) ?? [];

    const q = req.query as Record<string, string | undefined>;
    const select = q.$select ? new Set(q.$select.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean)) : undefined;
    const size = pageSize(req);
    const fp = fingerprint({ name: cmdlet.name, parameters: input.parameters });
    const offset = q.$skiptoken && !cmdlet.write ? decodeSkip(q.$skiptoken, fp) : 0;
    const limit = size ?? MAX_PAGE;
    const page = records.slice(offset, offset + limit);
    const base = `${hostBase(req, HOST)}/adminapi/${version}/${segment}`;
    let nextLink: string | undefined;
    if (!cmdlet.write && offset + limit < records.length) {
      const sel = q.$select ? `$select=${encodeURIComponent(q.$select)}&` : "";
      nextLink = `${base}/InvokeCommand?${sel}$skiptoken=${encodeSkip(offset + limit, fp)}`;
    }
    const preferApplied = `odata.include-annotations="*"${size ? `,odata.maxpagesize=${size}` : ""}`;
    return reply
      .code(200)
      .headers(exoHeaders(req, ctx, { appId, rate, preferApplied }))
      .send(envelope({
        context: `${base}/$metadata#Collection(Exchange.GenericHashTable)`,
        warnings,
        value: page.map((r) => serialize(r, select)),
        nextLink,
      }));
  } catch (e) {
    if (!(e instanceof ExoError)) req.log.error(e);
    const err = e instanceof ExoError ? e : new ExoError(500, `|System.InvalidOperationException|${(e as Error).message}`);
    return sendError(req, reply, ctx, err, { appId, warnings });
  }
}
