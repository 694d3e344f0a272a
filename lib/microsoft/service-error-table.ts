import type { Translation } from "./error-table";

const INITIAL_DOMAIN =
  "Address Exchange by the tenant's initial .onmicrosoft.com domain (Graph /domains, isInitial: true), not the default or a vanity domain. Run a customer sync so Tenantry records it, then retry.";
const EXCHANGE_ROLE =
  "Add the Exchange Administrator role to the tenant's GDAP relationship and give a partner security group the technician belongs to an access assignment with it. Role changes can take up to an hour to reach Exchange.";
const ADMIN_AGENT =
  "Reconnect the partner account as a partner user who is in the AdminAgents group (or a Global Administrator of the partner tenant): Settings → Partner connection → Reconnect.";

/**
 * Exchange Online and Partner Center entries of the Microsoft error table. Exchange keys name what the
 * cmdlet error says (its codes are generic HTTP names); Partner Center keys are "PartnerCenter:<code>"
 * because its numeric codes ("400", "1000") would collide with other services' codes.
 */
export const SERVICE_ERRORS: Record<string, Translation> = {
  "Exchange:CrossForestWrite": {
    code: "EXCHANGE_WRONG_TENANT_ID",
    cause: "Exchange Online refused the change because the tenant was addressed by a domain other than its initial .onmicrosoft.com domain: the request reached a server whose forest does not hold the tenant.",
    fixIt: INITIAL_DOMAIN,
  },
  "Exchange:OrganizationNotFound": {
    code: "TENANT_NOT_FOUND",
    cause: "Exchange Online does not know this organisation under the name it was addressed by.",
    fixIt: `Check the tenant has an Exchange Online subscription. ${INITIAL_DOMAIN}`,
  },
  "Exchange:CommandNotFound": {
    code: "MICROSOFT_FORBIDDEN",
    cause: "Exchange Online refused the cmdlet: the partner user's roles in this tenant don't include it, so Exchange hides it from the session.",
    fixIt: EXCHANGE_ROLE,
  },
  "Exchange:AppRoleUnsupported": {
    code: "MICROSOFT_FORBIDDEN",
    cause: "Exchange Online refused app-only access: the app's service principal has no directory role Exchange accepts.",
    fixIt: "Assign the Exchange Administrator (or Global Reader for reads) Entra role to the app's service principal in the tenant.",
  },
  "Exchange:ObjectNotFound": {
    code: "MICROSOFT_NOT_FOUND",
    cause: "Exchange Online could not find the mailbox, rule, group or user named in the request.",
    fixIt: "Refresh the page; the object may have been renamed or deleted.",
  },
  "Exchange:InvalidParameter": {
    code: "MICROSOFT_BAD_REQUEST",
    cause: "Exchange Online rejected the cmdlet's parameters.",
    fixIt: "Check the values entered; the message from Exchange is shown above.",
  },
  "PartnerCenter:900421": {
    code: "MFA_REQUIRED",
    cause: "Partner Center requires multi-factor authentication and the partner token was issued without it.",
    fixIt: "Reconnect the partner account (Settings → Partner connection → Reconnect) and complete MFA at sign-in. The partner admin must have MFA registered; Partner Center refuses app+user calls without it.",
  },
  "PartnerCenter:PermissionEntryExists": {
    code: "APPLICATION_CONSENT_EXISTS",
    cause: "The app already has an application consent in this customer tenant.",
    fixIt: "Nothing to do if its grants are current. To refresh the grants, run Grant consent again: Tenantry removes the consent and creates it anew.",
  },
  "PartnerCenter:400": {
    code: "MICROSOFT_ERROR",
    cause: "Partner Center did not accept the partner token.",
    fixIt: "Reconnect the partner account with a user of your partner tenant: Settings → Partner connection → Reconnect.",
  },
  "PartnerCenter:800001": {
    code: "MICROSOFT_ERROR",
    cause: "Partner Center received no partner token.",
    fixIt: "This is a Tenantry bug or a proxy stripping the Authorization header; report it with the request id.",
  },
  "PartnerCenter:2032": { code: "MICROSOFT_FORBIDDEN", cause: "Partner Center refused: the signed-in partner user may not do this.", fixIt: ADMIN_AGENT },
  "PartnerCenter:20002": {
    code: "MICROSOFT_FORBIDDEN",
    cause: "Partner Center says your partner tenant has no commerce relationship with this customer.",
    fixIt: "Check the customer in Partner Center → Customers; CPV consent needs a reseller or delegated admin relationship.",
  },
  "PartnerCenter:1000": {
    code: "MICROSOFT_NOT_FOUND",
    cause: "Partner Center does not know this customer or object.",
    fixIt: "Run a customer sync; the customer may have ended its relationship with your partner tenant.",
  },
  "PartnerCenter:60003": { code: "TENANT_NOT_FOUND", cause: "Partner Center could not find the tenant.", fixIt: "Check the tenant id, then run a customer sync." },
  "PartnerCenter:800002": {
    code: "MICROSOFT_BAD_REQUEST",
    cause: "Partner Center rejected the request input.",
    fixIt: "Check the values entered; the message from Partner Center is shown above.",
  },
  "PartnerCenter:800003": { code: "MICROSOFT_UNAVAILABLE", cause: "Partner Center had an unexpected error.", fixIt: "Retry in a moment." },
};
