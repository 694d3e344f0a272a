/**
 * Reads Exchange Online and Partner Center error bodies, whose own codes say little: Exchange answers
 * every cmdlet failure with a generic `error.code` ("BadRequest", "Forbidden") and puts the cmdlet's
 * exception in `error.details[0].message` as "<error id>|<exception type>|<text>"; Partner Center sends
 * `{code, description, data, source}` with numeric codes.
 */
export interface ServiceError {
  /** key into the error table, when we recognise the failure */
  key?: string;
  /** Microsoft's code to report upstream (Exchange: the exception type's short name) */
  code?: string;
  /** the human part of Microsoft's message */
  message?: string;
}

interface ExchangeRule {
  type?: RegExp;
  text?: RegExp;
  status?: number;
  key: string;
}

// First match wins. Texts are the service's own (field reports and the module's error dumps).
const EXCHANGE_RULES: ExchangeRule[] = [
  { text: /doesn't have write permission to target DC/i, key: "Exchange:CrossForestWrite" },
  { text: /is not recognized as (a|the) name of a cmdlet/i, key: "Exchange:CommandNotFound" },
  { text: /isn't supported in this scenario.*App-Only/is, key: "Exchange:AppRoleUnsupported" },
  { text: /The organization '[^']*' couldn't be found/i, key: "Exchange:OrganizationNotFound" },
  { type: /ManagementObjectNotFoundException$/, key: "Exchange:ObjectNotFound" },
  { type: /UnauthorizedAccessException$/, status: 401, key: "InvalidAuthenticationToken" },
  { type: /(ParameterBindingException|DataValidationException|ManagementObjectAmbiguousException)$/, key: "Exchange:InvalidParameter" },
];

const EXCHANGE_DETAIL = /^([^|\n]*)\|([^|\n]+)\|([\s\S]*)$/;

export function serviceError(status: number, body: unknown): ServiceError | undefined {
  return exchangeError(status, body) ?? partnerCenterError(status, body);
}

function exchangeError(status: number, body: unknown): ServiceError | undefined {
  const detail = (body as { error?: { details?: { message?: unknown }[] } })?.error?.details?.[0]?.message;
  if (typeof detail !== "string") return undefined;
  const m = EXCHANGE_DETAIL.exec(detail.trim());
  if (!m) return undefined;
  const [, , type = "", text = ""] = m;
  const rule = EXCHANGE_RULES.find(
    (r) => (!r.type || r.type.test(type)) && (!r.text || r.text.test(text)) && (r.status === undefined || r.status === status),
  );
  return {
    key: rule?.key,
    // ODataServiceException is the API's own wrapper (throttling, bad bodies): its error.code says more.
    code: /ODataServiceException$/.test(type) ? undefined : type.slice(type.lastIndexOf(".") + 1) || undefined,
    // The first line is the sentence a person can act on; later lines are directory diagnostics.
    message: text.trim().split(/\r?\n/)[0]?.trim() || undefined,
  };
}

function partnerCenterError(status: number, body: unknown): ServiceError | undefined {
  const b = body as { code?: unknown; description?: unknown; source?: unknown };
  if (!b || (typeof b.code !== "string" && typeof b.code !== "number") || typeof b.description !== "string") return undefined;
  // A re-POSTed consent answers 409 "Permission entry already exists."; its code varies, the text doesn't.
  const exists = status === 409 && /already exists/i.test(b.description);
  return { key: exists ? "PartnerCenter:PermissionEntryExists" : `PartnerCenter:${b.code}`, code: String(b.code), message: b.description };
}
