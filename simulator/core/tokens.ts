import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT, decodeJwt, type JWTPayload } from "jose";
import type { Clock } from "./clock";
import type { SigningKey } from "./keys";

/** Claims of the access and id tokens the simulated identity platform issues (v2 shapes). */
export interface TokenClaims extends JWTPayload {
  aud: string;
  iss: string;
  tid: string;
  oid?: string;
  sub?: string;
  upn?: string;
  preferred_username?: string;
  name?: string;
  scp?: string;
  roles?: string[];
  wids?: string[];
  groups?: string[];
  azp?: string;
  appid?: string;
  idtyp?: "user" | "app";
  amr?: string[];
  idp?: string;
  nonce?: string;
  ver?: string;
  uti?: string;
}

export type TokenProblem = "malformed" | "signature" | "expired" | "not-yet-valid";

export class TokenError extends Error {
  constructor(public readonly problem: TokenProblem, message: string) {
    super(message);
  }
}

/**
 * Refresh tokens are opaque to clients but self-describing to us: an HMAC-sealed payload,
 * so a restarted simulator (same seed) still honours them and their idle clock.
 */
export interface RefreshTokenPayload {
  jti: string;
  /** user object id in its home tenant */
  oid: string;
  /** the user's home tenant */
  home: string;
  /** client (app) id the token was issued to */
  cid: string;
  /** consented scopes (space separated, as requested at sign-in) */
  scp: string;
  /** issued-at, simulated epoch seconds; idle expiry counts from here */
  iat: number;
  /** issued-at in simulated epoch ms, so revocation (signInSessionsValidFromDateTime) is exact within a second */
  iatMs?: number;
}

export class TokenService {
  constructor(private readonly key: SigningKey, private readonly clock: Clock, private readonly seed: string) {}

  get jwks() {
    return { keys: [this.key.publicJwk] };
  }

  async sign(claims: Omit<TokenClaims, "iat" | "nbf" | "exp">, lifetimeSeconds: number): Promise<string> {
    const now = this.clock.nowSeconds();
    return new SignJWT({ ...claims, uti: claims.uti ?? randomUUID().replace(/-/g, "").slice(0, 22) })
      .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: this.key.kid, x5t: this.key.kid } as never)
      .setIssuedAt(now)
      .setNotBefore(now - 300)
      .setExpirationTime(now + lifetimeSeconds)
      .sign(this.key.privateKey);
  }

  /** Verifies signature and lifetime against the simulated clock; audience is the caller's job. */
  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key.publicKey, {
        algorithms: ["RS256"],
        currentDate: new Date(this.clock.now()),
        clockTolerance: 300,
      });
      return payload as TokenClaims;
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired) throw new TokenError("expired", "Lifetime validation failed, the token is expired.");
      if (e instanceof joseErrors.JWTClaimValidationFailed) throw new TokenError("not-yet-valid", "The token is not yet valid.");
      if (e instanceof joseErrors.JWSSignatureVerificationFailed) throw new TokenError("signature", "Signature validation failed.");
      throw new TokenError("malformed", "IDX14100: JWT is not well formed.");
    }
  }

  /** Reads claims without verifying, for routing decisions (which tenant a request is for). */
  peek(token: string): TokenClaims | undefined {
    try {
      return decodeJwt(token) as TokenClaims;
    } catch {
      return undefined;
    }
  }

  sealRefreshToken(p: Omit<RefreshTokenPayload, "jti" | "iat">): string {
    const payload: RefreshTokenPayload = { ...p, jti: randomUUID(), iat: this.clock.nowSeconds() };
    const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
    return `1.A${body}.${this.mac(body)}`;
  }

  openRefreshToken(token: string): RefreshTokenPayload | undefined {
    const m = /^1\.A([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(token.trim());
    if (!m) return undefined;
    const expected = Buffer.from(this.mac(m[1]!));
    const given = Buffer.from(m[2]!);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      return JSON.parse(Buffer.from(m[1]!, "base64url").toString()) as RefreshTokenPayload;
    } catch {
      return undefined;
    }
  }

  private mac(body: string): string {
    return createHmac("sha256", `${this.seed}:refresh-token`).update(body).digest("base64url");
  }
}
