import { describe, expect, it } from "vitest";
import { generateMasterKey } from "@/lib/crypto/keyring";
import { describeConnectError } from "@/lib/sam/connect-errors";
import { openConsentState, sealConsentState } from "@/lib/sam/consent-cookie";
import { healthWarnings, type HealthFacts } from "@/lib/sam/health";

const now = new Date("2030-06-01T00:00:00Z");
const daysFromNow = (d: number) => new Date(now.getTime() + d * 86_400_000);
const facts = (f: Partial<HealthFacts>): HealthFacts => ({ status: "connected", lastRefreshAt: daysFromNow(-1), connectedAt: daysFromNow(-100), secretExpiresAt: daysFromNow(200), lastError: null, ...f });
const codes = (f: Partial<HealthFacts>) => healthWarnings(facts(f), now).map((w) => w.code);

describe("token health warnings", () => {
  it("a token in daily use with a distant secret expiry has none", () => {
    expect(codes({})).toEqual([]);
  });

  it("warns when the token has idled more than 60 days (Microsoft's limit is 90)", () => {
    expect(codes({ lastRefreshAt: daysFromNow(-60) })).toEqual([]);
    const [w] = healthWarnings(facts({ lastRefreshAt: daysFromNow(-61) }), now);
    expect(w).toMatchObject({ code: "idle", severity: "warning" });
    expect(w!.fixIt).toMatch(/npm run worker/);
  });

  it("warns 30 days before the client secret expires, and errors once it has", () => {
    expect(codes({ secretExpiresAt: daysFromNow(31) })).toEqual([]);
    expect(healthWarnings(facts({ secretExpiresAt: daysFromNow(29) }), now)[0]).toMatchObject({ code: "secret_expiring", message: expect.stringContaining("29 days") });
    expect(healthWarnings(facts({ secretExpiresAt: daysFromNow(-1) }), now)[0]).toMatchObject({ code: "secret_expired", severity: "error" });
  });

  it("reports the last refresh failure with its fix-it, and a dead token as an error", () => {
    const lastError = { code: "INVALID_CLIENT_SECRET", message: "The app's client secret is wrong.", at: now, fixIt: "Create a new client secret…" };
    expect(healthWarnings(facts({ lastError }), now)[0]).toMatchObject({ code: "last_refresh_failed", fixIt: lastError.fixIt });
    const expired = { ...lastError, code: "REFRESH_TOKEN_EXPIRED", message: "expired" };
    expect(healthWarnings(facts({ status: "reconsent_required", lastError: expired }), now)[0]).toMatchObject({ code: "reconsent_required", severity: "error" });
  });
});

describe("consent state cookie", () => {
  const keyring = { current: generateMasterKey(), previous: [] };
  const state = { verifier: "v".repeat(43), state: "s", nonce: "n", actorId: "a", expiresAt: now.getTime() + 60_000 };

  it("round-trips sealed, and refuses expired, tampered or foreign cookies", () => {
    const cookie = sealConsentState(state, keyring);
    expect(cookie).not.toContain(state.verifier);
    expect(openConsentState(cookie, keyring, now.getTime())).toEqual(state);
    expect(openConsentState(cookie, keyring, now.getTime() + 61_000)).toBeNull();
    expect(openConsentState(cookie.slice(0, -4) + "AAAA", keyring, now.getTime())).toBeNull();
    expect(openConsentState(cookie, { current: generateMasterKey(), previous: [] }, now.getTime())).toBeNull();
    expect(openConsentState(undefined, keyring)).toBeNull();
  });
});

describe("connect errors in the wizard", () => {
  it("words our reasons, AADSTS codes and our error codes", () => {
    expect(describeConnectError("declined").fixIt).toMatch(/Accept/);
    expect(describeConnectError("AADSTS50057").cause).toMatch(/disabled.*\(AADSTS50057\)/);
    expect(describeConnectError("REFRESH_TOKEN_EXPIRED").fixIt).toMatch(/Reconnect/);
    expect(describeConnectError("<script>").cause).toMatch(/does not recognise/);
  });
});
