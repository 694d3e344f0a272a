import type { NextAuthOptions } from "next-auth";

import { prisma } from "@/lib/db/client";
import { env, type Env } from "@/lib/env";
import { entraProvider } from "./provider";
import { completeSignIn, type SessionUser } from "./sign-in";
import { SESSION_MAX_AGE_SECONDS, sessionStillValid } from "./session-cookie";
import { recordSignOut } from "./sign-out";

const nowSeconds = () => Math.floor(Date.now() / 1000);

// The library logs whole error objects, which can include token responses; keep only the code.
const logger = {
  error: (code: string) => console.error(`[auth] ${code}`),
  warn: (code: string) => console.warn(`[auth] ${code}`),
  debug: () => {},
};

export function authOptions(cfg: Env = env()): NextAuthOptions {
  const base = cfg.NEXTAUTH_URL.replace(/\/+$/, "");
  const refused = (reason: string) => `${base}/signin/refused?reason=${reason}`;
  return {
    secret: cfg.NEXTAUTH_SECRET,
    providers: cfg.signInConfigured ? [entraProvider(cfg)] : [],
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    logger,
    callbacks: {
      async signIn({ user, profile }) {
        try {
          const decision = await completeSignIn(prisma, profile ?? {}, {
            tenantId: cfg.TENANTRY_SIGNIN_TENANT_ID ?? "",
            bootstrapAdmin: cfg.TENANTRY_BOOTSTRAP_ADMIN,
          });
          if (!decision.ok) return refused(decision.reason);
          // next-auth hands this same object to the jwt callback below.
          Object.assign(user, { tenantry: decision.user });
          return true;
        } catch (error) {
          // Typically the audit row could not be written: no audit, no sign-in.
          console.error(`[auth] sign-in could not be recorded: ${error instanceof Error ? error.name : "error"}`);
          return refused("unavailable");
        }
      },
      async jwt({ token, user, account }) {
        const signedIn = (user as { tenantry?: SessionUser } | undefined)?.tenantry;
        // Only our fields go into the cookie: never the provider's access, refresh or id tokens.
        if (account && signedIn) return { sub: signedIn.userId, ...signedIn, authTime: nowSeconds() };
        // next-auth re-issues the cookie on every session read; enforce an absolute lifetime.
        if (!sessionStillValid(token.authTime)) return {};
        return token;
      },
      async session({ session, token }) {
        if (typeof token.userId !== "string") return { expires: session.expires } as typeof session;
        const { userId, oid, upn, name, role } = token;
        return { ...session, user: { userId, oid, upn, name, role } };
      },
    },
    events: {
      async signOut({ token }) {
        await recordSignOut(prisma, token);
      },
    },
  };
}
