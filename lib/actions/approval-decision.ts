import { z } from "zod";

// The bodies of POST /api/v1/approvals/{id}/approve and …/reject. Client-safe: the Approvals page
// validates its comment with the same schemas.

const comment = z.string({ error: "must be text" }).trim().max(500, "is too long (at most 500 characters)");

/** Approving needs no words (the approver's name is recorded); refusing says why, for the requester. */
export const decisionSchema = z.strictObject({ comment: comment.optional() });
const WHY = "is required: tell the requester why";
export const rejectionSchema = z.strictObject({ comment: z.string({ error: WHY }).trim().min(1, WHY).max(500, "is too long (at most 500 characters)") });
