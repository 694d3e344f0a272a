import { executeAction } from "@/lib/actions/executor";
import { checkIdempotencyKey } from "@/lib/actions/idempotency";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";

const MAX_BODY = 32 * 1024;

/** The body is the action's input; an empty body is an empty input. */
async function readInput(req: Request): Promise<unknown> {
  const text = await req.text();
  if (text.length > MAX_BODY) throw new AppError("BAD_REQUEST", `The request body is larger than ${MAX_BODY / 1024} KB.`);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body must be JSON.");
  }
}

/**
 * Runs one guarded action in one tenant through the executor (lib/actions/executor.ts):
 * `?preview=1` for the dry run, `Idempotency-Key` so a retry never runs twice.
 * 200 ran · 202 waiting for approval · 400 bad input · 403 role or guard · 404 no such tenant/action.
 */
export const POST = apiRoute({}, async ({ req, actor, params }) => {
  const key = req.headers.get("idempotency-key");
  const preview = ["1", "true"].includes(new URL(req.url).searchParams.get("preview") ?? "");
  const res = await executeAction({
    actor,
    tenantId: String(params.tenantId),
    actionId: String(params.actionId),
    input: await readInput(req),
    idempotencyKey: key === null ? null : checkIdempotencyKey(key),
    preview,
  });
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (res.replayed) headers["idempotent-replayed"] = "true";
  return Response.json(res.body, { status: res.status, headers });
});
