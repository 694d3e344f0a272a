import type { Role } from "@/lib/auth/roles";

// What Tenantry keeps in the session cookie (lib/auth/options.ts) and exposes as the session.
declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    oid?: string;
    upn?: string;
    role?: Role;
    /** Seconds since epoch of the interactive sign-in; the session ends 8 h later. */
    authTime?: number;
  }
}

declare module "next-auth" {
  interface Session {
    user?: { userId: string; oid: string; upn: string; name: string; role: Role };
  }
}
