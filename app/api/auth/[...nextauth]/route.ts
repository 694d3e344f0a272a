import type { NextRequest } from "next/server";
import NextAuth from "next-auth";

import { authOptions } from "@/lib/auth/options";

// Options are built per request so `next build` never needs the runtime configuration.
function handler(req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  return NextAuth(req as never, ctx as never, authOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
