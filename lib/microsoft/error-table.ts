import type { ErrorCode } from "../errors";
import { SERVICE_ERRORS } from "./service-error-table";

export interface Translation {
  code: ErrorCode;
  /** what went wrong, in plain words */
  cause: string;
  /** what to do about it */
  fixIt: string;
}

const RECONNECT = "Reconnect the partner account: Settings → Partner connection → Reconnect, and sign in as the partner admin with MFA.";
const CONSENT = "Grant consent for the Tenantry app in this tenant: a partner admin agent adds the Partner Center application consent (Graph and Exchange.Manage grants) for this customer, or the customer's Global Administrator grants admin consent. Then run the diagnostics again.";

/**
 * Microsoft error codes → our codes, cause and fix-it. Keys: AADSTS numbers (from msal's
 * `errorNo`, never the error class), Graph `error.code`, Exchange and Partner Center codes.
 */
export const MICROSOFT_ERRORS: Record<string, Translation> = {
  "700082": { code: "REFRESH_TOKEN_EXPIRED", cause: "The partner refresh token expired after 90 days without use.", fixIt: RECONNECT },
  "70008": { code: "REFRESH_TOKEN_EXPIRED", cause: "The partner refresh token has expired or was revoked.", fixIt: RECONNECT },
  "50173": { code: "REFRESH_TOKEN_REVOKED", cause: "The partner admin's sessions were revoked (password change, or an admin revoked them).", fixIt: RECONNECT },
  "70000": { code: "REFRESH_TOKEN_INVALID", cause: "The stored refresh token is not valid for this app.", fixIt: RECONNECT },
  "9002313": { code: "REFRESH_TOKEN_INVALID", cause: "The identity platform could not read the request or the stored refresh token.", fixIt: RECONNECT },
  "70043": { code: "SIGN_IN_FREQUENCY", cause: "A Conditional Access sign-in frequency policy ended the partner session.", fixIt: `Exclude the partner admin's Tenantry sign-in from sign-in frequency policies, then ${RECONNECT.charAt(0).toLowerCase()}${RECONNECT.slice(1)}` },
  "65001": { code: "CONSENT_MISSING", cause: "The app has not been granted consent for this API in the customer tenant.", fixIt: CONSENT },
  "90099": { code: "APP_NOT_AUTHORIZED_IN_TENANT", cause: "The app has not been authorized in the customer tenant, so delegated admins cannot use it there.", fixIt: CONSENT },
  "700016": { code: "APP_NOT_FOUND_IN_TENANT", cause: "The app does not exist in this tenant (never consented there, or the client id is wrong).", fixIt: `${CONSENT} If this is the partner tenant, check the client id in Settings → Partner connection.` },
  "50020": { code: "GDAP_ACCESS_MISSING", cause: "The partner admin has no access to this tenant: no active GDAP relationship with an access assignment for one of their groups.", fixIt: "Check the tenant's GDAP relationship is active and that a security group the partner admin belongs to has an access assignment with the needed roles." },
  "50177": { code: "GDAP_ACCESS_MISSING", cause: "The partner admin is not entitled to this tenant.", fixIt: "Check GDAP relationships and access assignments for this tenant." },
  "53003": { code: "CONDITIONAL_ACCESS_BLOCKED", cause: "A Conditional Access policy in the customer tenant blocks the partner admin's sign-in.", fixIt: "Ask the customer's admin to exclude service provider users (or your partner tenant) from the blocking Conditional Access policy." },
  "50076": { code: "MFA_REQUIRED", cause: "Multi-factor authentication is required and the stored token does not carry it.", fixIt: RECONNECT },
  "50079": { code: "MFA_REQUIRED", cause: "The partner admin must register for multi-factor authentication.", fixIt: "Register MFA for the partner admin account, then reconnect in Settings → Partner connection." },
  "7000215": { code: "INVALID_CLIENT_SECRET", cause: "The app's client secret is wrong.", fixIt: "Create a new client secret for the app in Entra ID and enter it in Settings → Partner connection. New secrets can take a few minutes to work." },
  "7000222": { code: "CLIENT_SECRET_EXPIRED", cause: "The app's client secret has expired.", fixIt: "Create a new client secret for the app in Entra ID and enter it in Settings → Partner connection." },
  "7000218": { code: "CLIENT_SECRET_MISSING", cause: "No client secret was sent.", fixIt: "Enter the app's client secret in Settings → Partner connection." },
  "90002": { code: "TENANT_NOT_FOUND", cause: "The tenant does not exist (or was deleted).", fixIt: "Check the tenant id or domain; if the customer left, run a customer sync so the tenant is marked as gone." },
  "500011": { code: "RESOURCE_NOT_IN_TENANT", cause: "The API's service principal does not exist in the tenant (for example no Exchange Online subscription).", fixIt: "Check the tenant has the service licensed, then grant consent again." },
  "70011": { code: "INVALID_SCOPE", cause: "The requested permission scope is not valid.", fixIt: "This is a Tenantry bug or an app registration problem; report it with the request id." },
  "50057": { code: "USER_DISABLED", cause: "The partner admin account is disabled.", fixIt: "Enable the account or reconnect with another partner admin." },
  "54005": { code: "AUTH_CODE_REDEEMED", cause: "The sign-in code was already used.", fixIt: "Start the connection again." },
  "530034": { code: "DELEGATED_ADMIN_BLOCKED", cause: "Delegated admin access was blocked because of suspicious activity in the partner tenant.", fixIt: "Investigate the partner admin's risky sign-ins in your own tenant, remediate the risk, then retry." },
  "90055": { code: "MICROSOFT_THROTTLED", cause: "The identity platform is throttling requests for this tenant.", fixIt: "Wait a minute and retry; Tenantry caches tokens to avoid this." },
  "50196": { code: "MICROSOFT_THROTTLED", cause: "Too many identical sign-in requests in a short time.", fixIt: "Wait a minute and retry." },
  Authorization_RequestDenied: { code: "MICROSOFT_FORBIDDEN", cause: "Microsoft refused the operation: the roles granted through GDAP do not allow it.", fixIt: "Add the needed role to the tenant's GDAP relationship and an access assignment for your group." },
  Authorization_IdentityNotFound: { code: "APP_NOT_FOUND_IN_TENANT", cause: "The app's identity does not exist in this tenant.", fixIt: CONSENT },
  InvalidAuthenticationToken: { code: "MICROSOFT_ERROR", cause: "Microsoft rejected the access token.", fixIt: "Retry; if it persists, reconnect the partner account." },
  Request_ResourceNotFound: { code: "MICROSOFT_NOT_FOUND", cause: "The object does not exist in the tenant (any more).", fixIt: "Refresh the page; the object may have been deleted." },
  Request_BadRequest: { code: "MICROSOFT_BAD_REQUEST", cause: "Microsoft rejected the request.", fixIt: "Check the values entered; the message from Microsoft is shown above." },
  TooManyRequests: { code: "MICROSOFT_THROTTLED", cause: "Microsoft is throttling requests to this tenant.", fixIt: "Wait and retry; bulk runs slow down automatically." },
  // Exchange Online (InvokeCommand) and Partner Center: keys come from service-errors.ts, which reads
  // the cmdlet's exception text or Partner Center's numeric code.
  ...SERVICE_ERRORS,
};

export const UNKNOWN_TRANSLATION: Translation = {
  code: "MICROSOFT_ERROR",
  cause: "Microsoft returned an error Tenantry does not recognise.",
  fixIt: "Retry. If it persists, report it with the Microsoft request id.",
};
