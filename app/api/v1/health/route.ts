import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and uptime checks: unauthenticated, so it says nothing but up/down. */
export const GET = apiRoute({ public: true }, async () => {
  const database = await prisma.$queryRaw`SELECT 1`.then(
    () => "ok" as const,
    () => "unreachable" as const,
  );
  const status = database === "ok" ? "ok" : "degraded";
  return Response.json({ status, checks: { database } }, { status: status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
});
