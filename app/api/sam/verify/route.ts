import { apiRoute } from "@/lib/api/handler";
import { samDeps } from "@/lib/sam/deps";
import { runVerify } from "@/lib/sam/verify";

/** Wizard step 3: partner token, GDAP customer count, one customer token — each result listed. */
export const POST = apiRoute({ roles: ["admin"] }, async () => runVerify(samDeps()));
