/** The APIs we mint tokens for. Scopes are Microsoft's identifiers, never our configured URLs. */
export const RESOURCES = {
  graph: { scope: "https://graph.microsoft.com/.default", label: "Microsoft Graph" },
  exchange: { scope: "https://outlook.office365.com/.default", label: "Exchange Online" },
  partnerCenter: { scope: "https://api.partnercenter.microsoft.com/.default", label: "Partner Center" },
  compliance: { scope: "https://ps.compliance.protection.outlook.com/.default", label: "Security & Compliance" },
} as const;

export type Resource = keyof typeof RESOURCES;

export const RESOURCE_NAMES = Object.keys(RESOURCES) as Resource[];

/** Delegated scopes the partner admin consents to once, interactively, in the SAM wizard. */
export const SAM_SIGN_IN_SCOPES = ["https://graph.microsoft.com/.default", "offline_access", "openid", "profile"];
