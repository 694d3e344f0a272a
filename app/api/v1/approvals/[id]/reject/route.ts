import { decideApproval } from "@/lib/actions/approval-decide";
import { rejectionSchema } from "@/lib/actions/approval-decision";
import { defaultExecutorDeps } from "@/lib/actions/deps";
import { apiRoute } from "@/lib/api/handler";

/** Rejects the request (or the requester withdraws it); nothing runs. */
export const POST = apiRoute({}, async ({ actor, params, body }) => {
  const { comment } = await body(rejectionSchema);
  return decideApproval(defaultExecutorDeps(), actor, String(params.id), "reject", comment);
});
