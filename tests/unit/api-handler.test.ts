import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";

// These routes never reach the database: no Authorization header and no session cookie means the
// actor is resolved without a query (and public routes do not need one).
const req = (init: RequestInit = {}) => new Request("http://tenantry.test/api/v1/thing", init);
const ctx = { params: Promise.resolve({ id: "42" }) };

describe("apiRoute", () => {
  it("sends a handler's value as JSON 200, with route params resolved", async () => {
    const route = apiRoute({ public: true }, async ({ params, actor }) => ({ id: params.id, actor }));
    const res = await route(req(), ctx);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ id: "42", actor: null });
  });

  it("says in Server-Timing how long the handler took, for answers and for errors", async () => {
    const slow = apiRoute({ public: true }, async () => {
      await new Promise((r) => setTimeout(r, 30));
      return { ok: true };
    });
    const timing = (res: Response) => Number(/^app;dur=(\d+(\.\d+)?)$/.exec(res.headers.get("server-timing") ?? "")?.[1] ?? NaN);
    expect(timing(await slow(req(), ctx))).toBeGreaterThanOrEqual(25);
    const refused = await apiRoute({}, async () => ({}))(req(), ctx);
    expect(refused.status).toBe(401);
    expect(timing(refused)).toBeGreaterThanOrEqual(0);
  });

  it("passes a returned Response through untouched", async () => {
    const route = apiRoute({ public: true }, async () => new Response("made", { status: 202 }));
    expect((await route(req(), ctx)).status).toBe(202);
  });

  it("refuses an unauthenticated caller with 401 UNAUTHENTICATED before running the handler", async () => {
    const handler = vi.fn(async () => ({}));
    const res = await apiRoute({}, handler)(req(), ctx);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
    expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
    expect(handler).not.toHaveBeenCalled();
  });

  it("maps an AppError to its status and JSON shape", async () => {
    const route = apiRoute({ public: true }, async () => {
      throw new AppError("CONFLICT", "Already there.", { fields: { name: ["taken"] } });
    });
    const res = await route(req(), ctx);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: "CONFLICT", message: "Already there.", fields: { name: ["taken"] } } });
  });

  it("validates the JSON body with zod: 400 VALIDATION_FAILED naming each field", async () => {
    const schema = z.object({ name: z.string().min(1, "Required."), role: z.enum(["admin", "technician"]) });
    const route = apiRoute({ public: true }, async ({ body }) => body(schema));
    const res = await route(req({ method: "POST", body: JSON.stringify({ name: "", role: "boss" }) }), ctx);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.fields.name).toEqual(["Required."]);
    expect(error.fields.role).toHaveLength(1);

    const ok = await route(req({ method: "POST", body: JSON.stringify({ name: "ci", role: "admin" }) }), ctx);
    expect(await ok.json()).toEqual({ name: "ci", role: "admin" });
  });

  it("answers a body that is not JSON with 400 BAD_REQUEST", async () => {
    const route = apiRoute({ public: true }, async ({ body }) => body(z.object({})));
    const res = await route(req({ method: "POST", body: "{not json" }), ctx);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("BAD_REQUEST");
  });

  it("hides unexpected errors: 500 INTERNAL with a reference, no message, stack or cause", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = "postgresql://admin:hunter2@db/prod";
    const route = apiRoute({ public: true }, async () => {
      throw new Error(`connect failed: ${secret}`, { cause: new Error(secret) });
    });
    const res = await route(req(), ctx);
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("at ");
    const { error } = JSON.parse(text);
    expect(error).toMatchObject({ code: "INTERNAL", message: "Something went wrong on the server." });
    expect(error.reference).toMatch(/^[0-9a-f-]{36}$/);
    expect(spy.mock.calls.flat().join(" ")).not.toContain("hunter2");
    spy.mockRestore();
  });
});
