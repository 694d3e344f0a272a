import type { ActionId } from "@/lib/actions/registry";
import type { Role } from "@/lib/auth/roles";

/**
 * Every audited action, with the words the audit log shows for it. A new action does not
 * compile until it has a label here.
 */
export const AUDIT_ACTIONS = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_refused": "Sign-in refused",
  "auth.sign_out": "Signed out",
  "api_key.created": "API key created",
  "api_key.revoked": "API key revoked",
  "role_mapping.created": "Role mapping added",
  "role_mapping.deleted": "Role mapping removed",
  "sam.app_registration_saved": "Partner app registration saved",
  "sam.connected": "Partner tenant connected",
  "sam.connect_failed": "Partner tenant connection failed",
  "sam.disconnected": "Partner tenant disconnected",
  "tenant.updated": "Tenant alias or tags changed",
  "settings.changed": "Tenantry setting changed",
  // Four-eyes approvals and guard/scope administration (lib/actions, lib/authz).
  "approval.approved": "Approval given",
  "approval.rejected": "Approval refused",
  "approval.expired": "Approval request expired",
  "protected_account.added": "Protected account added",
  "protected_account.removed": "Protected account removed",
  "scope.changed": "Tenant scope changed",
  // Guarded actions (lib/actions): the registry id is the audit action id.
  "user.reset_password": "Password reset",
  "user.block_sign_in": "Sign-in blocked",
  "user.unblock_sign_in": "Sign-in unblocked",
  "user.revoke_sessions": "Sessions revoked",
  "user.create": "User created",
  "user.update": "User properties changed",
  "user.assign_license": "Licence assigned",
  "user.remove_license": "Licence removed",
  "group.add_member": "Added to group",
  "group.remove_member": "Removed from group",
  "user.reset_mfa": "MFA methods reset",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_OUTCOMES = ["requested", "succeeded", "failed", "denied"] as const;

export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Who did it. `system` is the worker, the CLI and anything else without a person or key. */
export interface AuditActor {
  type: "user" | "api_key" | "system";
  id?: string | null;
  name?: string | null;
  role?: Role | null;
}

export const SYSTEM_ACTOR: AuditActor = { type: "system", name: "system" };

export interface AuditEventInput {
  /** a system event above, or a guarded action by its id (its label is the definition's title) */
  action: AuditAction | ActionId;
  actor: AuditActor;
  outcome: AuditOutcome;
  /** The customer tenant acted on, when there is one. */
  tenantId?: string | null;
  /** What was acted on, e.g. "api_key:tnt_ab12cd34" or a user's UPN. */
  target?: string | null;
  /** Extra facts. Never secrets: this is stored in clear and shown to admins. */
  detail?: Record<string, unknown>;
  /** Microsoft request ids, for support. */
  requestIds?: string[];
}
