import { decideApproval } from "@/lib/actions/approval-decide";
import { decisionSchema } from "@/lib/actions/approval-decision";
import { defaultExecutorDeps } from "@/lib/actions/deps";
import { apiRoute } from "@/lib/api/handler";

/** Approves and runs the request as the requester; `run` is the executor's answer (or its error). */
export const POST = apiRoute({}, async ({ actor, params, body }) => {
  const { comment } = await body(decisionSchema);
  return decideApproval(defaultExecutorDeps(), actor, String(params.id), "approve", comment);
});
