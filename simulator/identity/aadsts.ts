/**
 * The AADSTS errors the simulated identity platform emits: OAuth `error`, optional `suberror`,
 * HTTP status and the message Microsoft writes (placeholders in braces). Texts follow
 * reference-error-codes.md and captured responses; `authorize` is the `error` used when the
 * same condition is reported to a redirect URI instead of the token endpoint.
 */
export interface AadstsEntry {
  error: string;
  status: number;
  message: string;
  suberror?: string;
  authorize?: string;
}

const e = (error: string, message: string, more: Partial<AadstsEntry> = {}): AadstsEntry => ({ error, status: 400, message, ...more });

export const AADSTS: Record<number, AadstsEntry> = {
  16000: e("interaction_required", "User account '{upn}' from identity provider '{idp}' does not exist in tenant '{tenantName}' and cannot access the application '{appId}'({appName}) in that tenant."),
  50011: e("invalid_request", "The redirect URI '{redirectUri}' specified in the request does not match the redirect URIs configured for the application '{appId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this."),
  50020: e("invalid_grant", "User account '{upn}' from identity provider '{idp}' does not exist in tenant '{tenantName}' and cannot access the application '{appId}'({appName}) in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account.", { authorize: "access_denied" }),
  50034: e("invalid_grant", "The user account {upn} does not exist in the {tenantName} directory. To sign into this application, the account must be added to the directory.", { authorize: "access_denied" }),
  50057: e("invalid_grant", "The user account is disabled.", { authorize: "access_denied" }),
  50058: e("invalid_grant", "A silent sign-in request was sent but no user is signed in.", { authorize: "login_required" }),
  50076: e("invalid_grant", "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '{resource}'.", { suberror: "basic_action", authorize: "interaction_required" }),
  50079: e("invalid_grant", "Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access '{resource}'.", { suberror: "basic_action", authorize: "interaction_required" }),
  50105: e("invalid_grant", "Your administrator has configured the application {appName} ('{appId}') to block users unless they are specifically granted ('assigned') access to the application.", { authorize: "access_denied" }),
  50126: e("invalid_grant", "Error validating credentials due to invalid username or password."),
  50173: e("invalid_grant", "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '{issued}' and the TokensValidFrom date (before which tokens are not valid) for this user is '{validFrom}'.", { suberror: "bad_token" }),
  50194: e("invalid_request", "Application '{appId}'({appName}) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant."),
  50196: e("temporarily_unavailable", "The server terminated an operation because it encountered a client request loop. Please contact your app vendor.", { status: 429 }),
  53003: e("invalid_grant", "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.", { suberror: "message_only", authorize: "access_denied" }),
  54005: e("invalid_grant", "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token."),
  65001: e("invalid_grant", "The user or administrator has not consented to use the application with ID '{appId}' named '{appName}'. Send an interactive authorization request for this user and resource.", { suberror: "consent_required", authorize: "consent_required" }),
  65004: e("access_denied", "User declined to consent to access the app."),
  70000: e("invalid_grant", "The provided value for the '{grant}' is not valid. Provided grant is invalid or malformed."),
  70001: e("unauthorized_client", "Application '{appId}' is disabled."),
  70003: e("unsupported_grant_type", "The app requested an unsupported grant type '{grantType}'."),
  70005: e("unsupported_response_type", "response_type '{responseType}' is not enabled for the application."),
  70007: e("invalid_request", "The application '{appName}' asked for an unsupported response_mode '{responseMode}' when requesting a token."),
  70008: e("invalid_grant", "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource."),
  70011: e("invalid_scope", "The provided value for the input parameter 'scope' is not valid. The scope {scope} is not valid."),
  70016: e("authorization_pending", "OAuth 2.0 device flow error. Authorization is pending. Continue polling."),
  70018: e("bad_verification_code", "The provided value for the input parameter 'device_code' is not valid."),
  70019: e("expired_token", "Verification code expired."),
  70043: e("invalid_grant", "The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on {issued} and the maximum allowed lifetime for this request is {lifetime}.", { suberror: "bad_token" }),
  90002: e("invalid_request", "Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant."),
  90033: e("temporarily_unavailable", "A transient error has occurred. Please try again.", { status: 503 }),
  90055: e("temporarily_unavailable", "There are too many incoming requests for this tenant. Please try again later.", { status: 429 }),
  90094: e("invalid_grant", "The grant requires admin permission.", { suberror: "consent_required", authorize: "consent_required" }),
  90099: e("invalid_grant", "The application '{appId}' ({appName}) has not been authorized in the tenant '{tenantId}'. Applications must be authorized to access the external tenant before partner delegated administrators can use them. Provide pre-consent or execute the appropriate Partner Center API to authorize the application.", { authorize: "unauthorized_client" }),
  500011: e("invalid_resource", "The resource principal named {resource} was not found in the tenant named {tenantName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant."),
  501481: e("invalid_grant", "The Code_Verifier does not match the code_challenge supplied in the authorization request."),
  530034: e("invalid_grant", "Delegated admin '{upn}' was blocked from accessing tenant '{tenantName}' due to account risk in their home tenant."),
  700005: e("invalid_grant", "Provided Authorization Code is intended to use against other tenant, thus rejected."),
  700016: e("unauthorized_client", "Application with identifier '{appId}' was not found in the directory '{tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.", { authorize: "unauthorized_client" }),
  700022: e("invalid_scope", "The provided value for the input parameter scope is not valid because it contains more than one resource. Scope {scope} is not valid."),
  700082: e("invalid_grant", "The refresh token has expired due to inactivity. The token was issued on {issued} and was inactive for 90.00:00:00.", { suberror: "bad_token" }),
  900144: e("invalid_request", "The request body must contain the following parameter: '{name}'."),
  900561: e("invalid_request", "The endpoint only accepts POST, OPTIONS requests. Received a GET request."),
  900971: e("invalid_request", "No reply address provided."),
  1002012: e("invalid_scope", "The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI)."),
  7000215: e("invalid_client", "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{appId}'.", { status: 401 }),
  7000218: e("invalid_client", "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", { status: 401 }),
  7000222: e("invalid_client", "The provided client secret keys for app '{appId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds", { status: 401 }),
  9001023: e("invalid_request", "The grant type is not supported over the /common or /consumers endpoints. Please use the /organizations or tenant-specific endpoint."),
  9002313: e("invalid_request", "Invalid request. Request is malformed or invalid."),
};

export type AadstsVars = Record<string, string | undefined>;

/** Looks up a code; unknown codes (e.g. from fault injection) still get a well-formed entry. */
export function aadstsEntry(code: number): AadstsEntry {
  return AADSTS[code] ?? e("invalid_request", "The request failed (simulated AADSTS error).");
}

/** "AADSTSnnnnn: text" with placeholders filled; unknown placeholders keep their braces, as the docs print them. */
export function aadstsMessage(code: number, vars: AadstsVars = {}): string {
  const text = aadstsEntry(code).message.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
  return `AADSTS${code}: ${text}`;
}
