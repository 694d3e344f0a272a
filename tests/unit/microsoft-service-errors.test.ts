import { describe, expect, it } from "vitest";
import { fromHttpFailure } from "@/lib/microsoft/translate";

/** InvokeCommand's error body: a generic code, the cmdlet's exception in details[0] as "<id>|<type>|<text>". */
const exo = (status: string, detail: string) => ({ error: { code: status, message: "Error executing cmdlet", details: [{ code: "Client", target: "", message: detail }] } });
const pc = (code: string, description: string) => ({ code, description, data: [], source: "PartnerFD" });

describe("Exchange Online failures", () => {
  it("maps the cross-forest write error to EXCHANGE_WRONG_TENANT_ID with the initial-domain fix-it", () => {
    const e = fromHttpFailure(403, exo("Forbidden", "|Microsoft.Exchange.Data.Directory.InsufficientPermissionsException|Source server:BL3P221MB0612.NAMP221.PROD.OUTLOOK.COM doesn't have write permission to target DC:YQBPR01A004DC09.CANPR01A004.PROD.OUTLOOK.COM. Usually it indicates that target forest isn't an account partition of source forest.\nActive directory response: 00002098: SecErr"), "req-1");
    expect(e.code).toBe("EXCHANGE_WRONG_TENANT_ID");
    expect(e.fixIt).toMatch(/initial \.onmicrosoft\.com domain/);
    expect(e.upstream).toEqual({ code: "InsufficientPermissionsException", requestId: "req-1", status: 403 });
    expect(e.message).not.toContain("Active directory response");
  });

  it("maps a hidden cmdlet to MICROSOFT_FORBIDDEN with the Exchange Administrator fix-it", () => {
    const e = fromHttpFailure(403, exo("Forbidden", "|System.Management.Automation.CommandNotFoundException|The term 'Set-Mailbox' is not recognized as a name of a cmdlet, function, script file, or executable program."));
    expect(e.code).toBe("MICROSOFT_FORBIDDEN");
    expect(e.fixIt).toMatch(/Exchange Administrator/);
  });

  it("maps not-found, parameter and organisation errors, and keeps generic codes for throttling", () => {
    expect(fromHttpFailure(404, exo("NotFound", "Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object 'x' couldn't be found on 'DC'.")).code).toBe("MICROSOFT_NOT_FOUND");
    expect(fromHttpFailure(400, exo("BadRequest", "|System.Management.Automation.ParameterBindingException|A parameter cannot be found that matches parameter name 'Nope'.")).code).toBe("MICROSOFT_BAD_REQUEST");
    expect(fromHttpFailure(404, exo("NotFound", "|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The organization 'contoso.com' couldn't be found.")).code).toBe("TENANT_NOT_FOUND");
    expect(fromHttpFailure(429, exo("TooManyRequests", "|Microsoft.Exchange.Admin.OData.Core.ODataServiceException|Too many requests. Retry after 2 seconds.")).code).toBe("MICROSOFT_THROTTLED");
    expect(fromHttpFailure(401, exo("Unauthorized", "|System.UnauthorizedAccessException|The access token was issued for another tenant.")).code).toBe("MICROSOFT_ERROR");
  });
});

describe("Partner Center failures", () => {
  it("maps 401 900421 to MFA_REQUIRED with a reconnect-with-MFA fix-it", () => {
    const e = fromHttpFailure(401, pc("900421", "MFA required"), "ms-req");
    expect(e.code).toBe("MFA_REQUIRED");
    expect(e.fixIt).toMatch(/MFA/);
    expect(e.upstream).toEqual({ code: "900421", requestId: "ms-req", status: 401 });
  });

  it("maps 409 'Permission entry already exists.' to APPLICATION_CONSENT_EXISTS whatever its code", () => {
    expect(fromHttpFailure(409, pc("409", "Permission entry already exists.")).code).toBe("APPLICATION_CONSENT_EXISTS");
    expect(fromHttpFailure(409, pc("600001", "Permission entry already exists.")).code).toBe("APPLICATION_CONSENT_EXISTS");
  });

  it("maps documented codes and the throttling body, whose shape differs", () => {
    expect(fromHttpFailure(403, pc("2032", "Access denied")).code).toBe("MICROSOFT_FORBIDDEN");
    expect(fromHttpFailure(404, pc("1000", "Not found")).code).toBe("MICROSOFT_NOT_FOUND");
    expect(fromHttpFailure(400, pc("800002", "Invalid request input")).code).toBe("MICROSOFT_BAD_REQUEST");
    expect(fromHttpFailure(429, { statusCode: 429, message: "Rate limit is exceeded. Try again in 57 seconds." }).code).toBe("MICROSOFT_THROTTLED");
  });

  it("leaves Graph errors to the existing table", () => {
    expect(fromHttpFailure(403, { error: { code: "Authorization_RequestDenied", message: "Insufficient privileges" } }).code).toBe("MICROSOFT_FORBIDDEN");
  });
});
