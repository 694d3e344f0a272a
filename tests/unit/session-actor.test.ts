import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { sessionCookie, useTestAppEnv } from "../helpers/auth";

// Real next-auth encode/decode, with getToken counted: the decoded-session cache must save the
// decode without ever serving a session that has expired or outlived its working day.
const decodes = vi.hoisted(() => ({ count: 0 }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const real = await importOriginal<typeof import("next-auth/jwt")>();
  return { ...real, getToken: (...args: Parameters<typeof real.getToken>) => (decodes.count++, real.getToken(...args)) };
});

const { actorFromSession } = await import("@/lib/auth/session-actor");
const user = (id: string) => ({ userId: id, name: `User ${id}`, upn: `${id}@contosomsp.com`, role: "technician" as const });

describe("actorFromSession", () => {
  beforeAll(() => useTestAppEnv("postgresql://unused/unused"));
  afterEach(() => vi.useRealTimers());

  it("decodes a session cookie once, then answers from the cache", async () => {
    const cookie = await sessionCookie(user("a1"));
    const before = decodes.count;
    const first = await actorFromSession(cookie);
    const second = await actorFromSession(`other=1; ${cookie}`);
    expect(first).toEqual({ type: "user", id: "a1", name: "User a1", upn: "a1@contosomsp.com", role: "technician" });
    expect(second).toEqual(first);
    expect(decodes.count - before).toBe(1);
  });

  it("keeps apart two sessions, and refuses a cookie that is not ours", async () => {
    const a = await actorFromSession(await sessionCookie(user("b1")));
    const b = await actorFromSession(await sessionCookie(user("b2")));
    expect([a?.id, b?.id]).toEqual(["b1", "b2"]);
    expect(await actorFromSession("next-auth.session-token=not-a-jwe")).toBeNull();
    expect(await actorFromSession("unrelated=1")).toBeNull();
  });

  it("never serves a cached session past its expiry", async () => {
    const cookie = await sessionCookie(user("c1"), { maxAge: 60 });
    expect((await actorFromSession(cookie))?.id).toBe("c1");
    // next-auth's own decode allows 15 s of clock skew past `exp`.
    vi.useFakeTimers({ now: Date.now() + 80_000 });
    expect(await actorFromSession(cookie)).toBeNull();
  });

  it("never serves a cached session past its working day (absolute age from sign-in)", async () => {
    const signedIn = Math.floor(Date.now() / 1000) - 8 * 3600 + 30; // 30 s of the day left
    const cookie = await sessionCookie(user("d1"), { maxAge: 3600, authTime: signedIn });
    expect((await actorFromSession(cookie))?.id).toBe("d1");
    vi.useFakeTimers({ now: Date.now() + 31_000 });
    expect(await actorFromSession(cookie)).toBeNull();
  });

  it("decodes again once the cache's few minutes are up", async () => {
    const cookie = await sessionCookie(user("e1"), { maxAge: 3600 });
    await actorFromSession(cookie);
    const before = decodes.count;
    vi.useFakeTimers({ now: Date.now() + 6 * 60_000 });
    expect((await actorFromSession(cookie))?.id).toBe("e1");
    expect(decodes.count - before).toBe(1);
  });
});
