import { previewApproval } from "@/lib/actions/approval-preview";
import { defaultExecutorDeps } from "@/lib/actions/deps";
import { apiRoute } from "@/lib/api/handler";

/** What approving would change, read live from the tenant: `{ preview: { target, changes, notes } }`. */
export const GET = apiRoute({}, async ({ actor, params }) => previewApproval(defaultExecutorDeps(), actor, String(params.id)));
