import {
  Fingerprint,
  TicketMinus,
  TicketPlus,
  UserPen,
  UserPlus,
  UserRoundMinus,
  UserRoundPlus,
  BadgeCheck,
  BadgeX,
  Ban,
  LockKeyhole,
  LockKeyholeOpen,
  Telescope,
  TimerOff,
  CircleCheck,
  CircleHelp,
  CircleX,
  Clock,
  FileKey,
  KeyRound,
  LogIn,
  LogOut,
  MonitorOff,
  PlugZap,
  RotateCcwKey,
  ShieldMinus,
  ShieldPlus,
  ShieldX,
  SlidersHorizontal,
  Tags,
  Unplug,
  UserCheck,
  UserLock,
  UserX,
  type LucideIcon,
} from "lucide-react";

import { AUDIT_ACTIONS, type AuditAction, type AuditOutcome } from "@/lib/audit/events";

export interface ActionUi {
  label: string;
  icon: LucideIcon;
}

// Keyed by AuditAction: a new audited action does not compile until it has an icon here. The words
// stay in lib/audit/events.ts (AUDIT_ACTIONS), where the CSV export reads them too.
const ACTION_ICONS: Record<AuditAction, LucideIcon> = {
  "auth.sign_in": LogIn,
  "auth.sign_in_refused": UserX,
  "auth.sign_out": LogOut,
  "api_key.created": KeyRound,
  "api_key.revoked": Ban,
  "role_mapping.created": ShieldPlus,
  "role_mapping.deleted": ShieldMinus,
  "sam.app_registration_saved": FileKey,
  "sam.connected": PlugZap,
  "sam.connect_failed": PlugZap,
  "sam.disconnected": Unplug,
  "tenant.updated": Tags,
  "settings.changed": SlidersHorizontal,
  "user.reset_password": RotateCcwKey,
  "user.block_sign_in": UserLock,
  "user.unblock_sign_in": UserCheck,
  "user.revoke_sessions": MonitorOff,
  "user.create": UserPlus,
  "user.update": UserPen,
  "user.assign_license": TicketPlus,
  "user.remove_license": TicketMinus,
  "group.add_member": UserRoundPlus,
  "group.remove_member": UserRoundMinus,
  "user.reset_mfa": Fingerprint,
  "approval.approved": BadgeCheck,
  "approval.rejected": BadgeX,
  "approval.expired": TimerOff,
  "protected_account.added": LockKeyhole,
  "protected_account.removed": LockKeyholeOpen,
  "scope.changed": Telescope,
};

export const AUDIT_ACTION_UI = Object.fromEntries(
  (Object.keys(ACTION_ICONS) as AuditAction[]).map((id) => [id, { label: AUDIT_ACTIONS[id], icon: ACTION_ICONS[id] }]),
) as Record<AuditAction, ActionUi>;

/** Rows written by another version may name an action this build does not know: show its id. */
export const actionUi = (id: string): ActionUi => AUDIT_ACTION_UI[id as AuditAction] ?? { label: id, icon: CircleHelp };

export const ACTION_OPTIONS = (Object.entries(AUDIT_ACTION_UI) as [AuditAction, ActionUi][])
  .map(([value, { label, icon }]) => ({ value, label, icon }))
  .sort((a, b) => a.label.localeCompare(b.label));

export type OutcomeTone = "success" | "destructive" | "warning" | "secondary";

export const OUTCOME_UI: Record<AuditOutcome, ActionUi & { tone: OutcomeTone }> = {
  succeeded: { label: "Succeeded", tone: "success", icon: CircleCheck },
  failed: { label: "Failed", tone: "destructive", icon: CircleX },
  denied: { label: "Denied", tone: "warning", icon: ShieldX },
  requested: { label: "Requested", tone: "secondary", icon: Clock },
};

export const OUTCOME_OPTIONS = (Object.entries(OUTCOME_UI) as [AuditOutcome, ActionUi][]).map(([value, { label, icon }]) => ({ value, label, icon }));
