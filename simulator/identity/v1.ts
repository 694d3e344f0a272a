import type { FastifyInstance } from "fastify";
import type { SimContext } from "../core/context";
import { fail, tokenError } from "./respond";
import { flat } from "./tenant";
import { tokenEndpoint } from "./token";

/**
 * The legacy v1 token endpoint (POST /{tenant}/oauth2/token with `resource=`), still used by older
 * SAM samples: same rules as v2, answered in v1's shape (numbers as strings, expires_on, resource).
 */
export async function v1Routes(app: FastifyInstance, ctx: SimContext): Promise<void> {
  app.post("/:tenant/oauth2/token", { config: { op: "identity.token.v1" } }, async (req, reply) => {
    const body = flat(req.body);
    if (!body.resource && !body.scope) {
      const r = tokenError(ctx, req, fail(900144, { name: "resource" }));
      return reply.code(r.status).headers(r.headers ?? {}).send(r.body);
    }
    const resource = body.resource?.replace(/\/+$/, "");
    const scope = body.scope ?? `${resource}/.default${body.grant_type === "client_credentials" ? "" : " openid"}`;
    const r = await tokenEndpoint(ctx, req, { ...body, scope });
    if (r.status !== 200) return reply.code(r.status).headers(r.headers ?? {}).send(r.body);
    const v2 = r.body as Record<string, unknown>;
    const expiresIn = Number(v2.expires_in);
    const now = ctx.clock.nowSeconds();
    const out: Record<string, unknown> = {
      token_type: v2.token_type,
      scope: String(v2.scope ?? "").split(" ").filter((s) => !["openid", "profile", "email", "offline_access"].includes(s))
        .map((s) => s.slice(s.lastIndexOf("/") + 1)).join(" "),
      expires_in: String(expiresIn),
      ext_expires_in: String(v2.ext_expires_in ?? expiresIn),
      expires_on: String(now + expiresIn),
      not_before: String(now - 300),
      resource: body.resource ?? null,
      access_token: v2.access_token,
    };
    if (v2.refresh_token) out.refresh_token = v2.refresh_token;
    if (v2.id_token) out.id_token = v2.id_token;
    return reply.code(200).headers(r.headers ?? {}).send(out);
  });
}
