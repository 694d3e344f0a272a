import type { Forest } from "./forest";

const STATUS_CODE: Record<number, string> = {
  400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 405: "MethodNotAllowed",
  429: "TooManyRequests", 500: "InternalServerError", 502: "BadGateway", 503: "ServiceUnavailable", 504: "GatewayTimeout",
};

/**
 * A failure as InvokeCommand reports it: a generic `error.message` and the cmdlet's own text in
 * `error.details[].message`, formatted `<error id>|<exception type>|<text>` like the service does.
 */
export class ExoError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly summary = "Error executing cmdlet",
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

const fail = (status: number, id: string, type: string, text: string) => new ExoError(status, `${id}|${type}|${text}`);
const NOT_FOUND = "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException";
const BINDING = "System.Management.Automation.ParameterBindingException";
const TASK = "Microsoft.Exchange.Configuration.Tasks.TaskException";

export const exo = {
  notFound: (identity: string, f: Forest) =>
    fail(404, "Ex6F9304", NOT_FOUND, `The operation couldn't be performed because object '${identity}' couldn't be found on '${f.dc}'.`),
  ambiguous: (identity: string) =>
    fail(400, "", "Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException", `The operation couldn't be performed because '${identity}' matches multiple entries.`),
  recipientNotFound: (value: string) =>
    fail(404, "", NOT_FOUND, `Couldn't find object "${value}". Please make sure that it was spelled correctly or specify a different object.`),
  userOrGroupNotFound: (value: string) =>
    fail(404, "", NOT_FOUND, `User or group "${value}" wasn't found. Please make sure you've typed it correctly.`),
  /** Exchange RBAC leaves cmdlets outside the caller's roles out of the session: they look unknown. */
  notRecognized: (name: string) =>
    fail(403, "", "System.Management.Automation.CommandNotFoundException",
      `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`),
  parameterNotFound: (name: string) => fail(400, "", BINDING, `A parameter cannot be found that matches parameter name '${name}'.`),
  parameterAmbiguous: (name: string, matches: string[]) =>
    fail(400, "", BINDING, `Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include: ${matches.map((m) => `-${m}`).join(" ")}.`),
  missingMandatory: (names: string[]) =>
    fail(400, "", BINDING, `Cannot process command because of one or more missing mandatory parameters: ${names.join(" ")}.`),
  binding: (text: string) => fail(400, "", BINDING, text),
  task: (text: string, type = TASK, status = 400) => fail(status, "", type, text),
  /**
   * What partners see when they address a customer by a vanity domain and write (seed thread
   * "Retirement of the Legacy Exchange Online Public Client ID"): the request lands in a forest
   * that doesn't hold the tenant's directory partition.
   */
  crossForest: (f: Forest) =>
    fail(403, "", "Microsoft.Exchange.Data.Directory.InsufficientPermissionsException",
      `Source server:${f.server} doesn't have write permission to target DC:${f.dc}. Usually it indicates that target forest isn't an account partition of source forest. Additional information: Insufficient access rights to perform the operation.\nActive directory response: 00002098: SecErr: DSID-031514A0, problem 4003 (INSUFF_ACCESS_RIGHTS), data 0\n`),
  badRequest: (text: string) => new ExoError(400, `|Microsoft.Exchange.Admin.OData.Core.ODataServiceException|${text}`, "Invalid Operation"),
  unauthorized: (text: string) => new ExoError(401, `|System.UnauthorizedAccessException|${text}`, "Access is denied."),
  organizationNotFound: (segment: string) => new ExoError(404, `|${NOT_FOUND}|The organization '${segment}' couldn't be found.`, "Error executing request"),
};

/** The body shape the service returns (captured in public error dumps; keys as captured, lower-case `internalexception`). */
export function errorBody(e: ExoError, warnings: string[] = []) {
  return {
    error: {
      code: STATUS_CODE[e.status] ?? (e.status >= 500 ? "InternalServerError" : "BadRequest"),
      message: e.summary,
      details: [{ code: "Client", target: "", message: e.detail }],
      innererror: {
        message: e.summary,
        type: "Microsoft.Exchange.Admin.OData.Core.ODataServiceException",
        stacktrace: "   at Microsoft.Exchange.AdminApi.CommandInvocation.CommandInvocation.InvokeCommand(QueryContext queryContext, CmdletInvokeInputType cmdletInvokeInputType)",
        internalexception: {
          message: "Exception of type 'Microsoft.Exchange.Management.PSDirectInvoke.DirectInvokeCmdletExecutionException' was thrown.",
          type: "Microsoft.Exchange.Management.PSDirectInvoke.DirectInvokeCmdletExecutionException",
          stacktrace: "   at Microsoft.Exchange.Management.PSDirectInvoke.PSDirectInvokeCmdletFactory.InvokeCmdletInternal[TCmdlet,TResult](Func`1 createCmdlet)",
        },
      },
    },
    "adminapi.warnings@odata.type": "#Collection(String)",
    "@adminapi.warnings": warnings,
  };
}
