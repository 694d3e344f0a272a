import type { z } from "zod";

import { requireActor, getActor, type Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { errorResponse } from "./errors";

type Params = Record<string, string | string[] | undefined>;

export interface ApiContext<P extends Params = Params, A extends Actor | null = Actor> {
  req: Request;
  actor: A;
  params: P;
  /** Parses the JSON body with a zod schema; failures become 400 VALIDATION_FAILED with fields. */
  body<S extends z.ZodType>(schema: S): Promise<z.output<S>>;
}

export interface ApiRouteOptions {
  /** Roles allowed; omit to allow any signed-in user or valid key. */
  roles?: Role[];
}

/** Route context as Next passes it to app/api route handlers. */
type RouteContext = { params: Promise<Params> };

type Handler<A extends Actor | null> = (ctx: ApiContext<Params, A>) => Promise<unknown>;

/**
 * THE wrapper for route handlers under app/api/v1: resolves the actor (session cookie or Bearer
 * API key), checks the role, runs the handler and turns anything thrown into the JSON error
 * shape `{ error: { code, message, fields? } }` with the right status. A handler may return a
 * Response (passed through) or any JSON-serialisable value (sent as 200).
 *
 * `apiRoute({ public: true }, …)` skips authentication (only /api/v1/health needs it).
 */
export function apiRoute(opts: ApiRouteOptions & { public: true }, handler: Handler<Actor | null>): (req: Request, ctx: RouteContext) => Promise<Response>;
export function apiRoute(opts: ApiRouteOptions, handler: Handler<Actor>): (req: Request, ctx: RouteContext) => Promise<Response>;
export function apiRoute(opts: ApiRouteOptions & { public?: boolean }, handler: Handler<Actor> | Handler<Actor | null>) {
  return async (req: Request, routeCtx?: RouteContext): Promise<Response> => {
    const started = performance.now();
    return withServerTiming(await run(req, routeCtx), started);
  };
  async function run(req: Request, routeCtx?: RouteContext): Promise<Response> {
    try {
      const actor = opts.public ? await getActor(req).catch(() => null) : await requireActor({ roles: opts.roles }, req);
      const params = ((await routeCtx?.params) ?? {}) as Params;
      const result = await (handler as Handler<Actor | null>)({ req, actor, params, body: (schema) => readBody(req, schema) });
      if (result instanceof Response) return result;
      return Response.json(result ?? null, { headers: { "cache-control": "no-store" } });
    } catch (error) {
      return errorResponse(error, req);
    }
  }
}

/**
 * Server-Timing: how long our handler took (authentication included), so a slow answer in the
 * browser's network panel or the list bench can be told apart from time spent in transit.
 */
function withServerTiming(res: Response, started: number): Response {
  try {
    res.headers.set("server-timing", `app;dur=${(performance.now() - started).toFixed(1)}`);
  } catch {
    // A Response with immutable headers (e.g. a fetch passthrough) keeps its own.
  }
  return res;
}

async function readBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await req.json();
  } catch {
    throw new AppError("BAD_REQUEST", "The request body must be JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

