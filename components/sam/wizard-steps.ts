import type { SamStatusView } from "@/lib/sam/status";

// Shared by the setup page (server) and the wizard (client): a plain module, no "use client".

export type WizardStep = 1 | 2 | 3;

/**
 * The furthest step the connection allows: consent only once Microsoft has accepted the stored
 * app credentials (a pre-filled registration is shown in step 1 to be checked first).
 */
export function reachableStep(view: Pick<SamStatusView, "status" | "clientSecretStored" | "appValidatedAt">): WizardStep {
  if (view.status === "connected") return 3;
  return view.clientSecretStored && view.appValidatedAt ? 2 : 1;
}
