import type { FastifyError, FastifyInstance } from "fastify";
import type { z } from "zod";

/** Every control-API failure: `{ error: { code, message, fields? } }` with an HTTP status. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) => new ControlError(404, "not_found", `No ${what} '${id}'.`);

/** Validates a body or query; a failure changes nothing and answers 400 naming each bad field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const fields: Record<string, string> = {};
  for (const issue of r.error.issues) {
    if (issue.code === "unrecognized_keys") for (const k of issue.keys) fields[[...issue.path, k].join(".")] = "unknown field";
    else fields[issue.path.join(".") || "(root)"] ??= issue.message;
  }
  throw new ControlError(400, "invalid_request", "The request failed validation; nothing was changed.", fields);
}

/** Error and not-found handlers scoped to `/_sim`, so every answer there has the same shape. */
export function controlErrors(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | ControlError, _req, reply) => {
    if (err instanceof ControlError) {
      return reply.code(err.status).send({ error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) } });
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    const code = status === 500 ? "internal_error" : status === 415 ? "unsupported_media_type" : "invalid_request";
    return reply.code(status).send({ error: { code, message: err.message } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send({ error: { code: "not_found", message: `No control endpoint ${req.method} ${req.url.split("?")[0]}.` } }),
  );
}
