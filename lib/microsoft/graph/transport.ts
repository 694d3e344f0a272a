import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { toConfiguredUrl, type MicrosoftEndpoints } from "../endpoints";

const ATTEMPT_TIMEOUT_MS = 30_000;

/**
 * The last link before the wire: the SDK builds https://graph.microsoft.com/… URLs (so its own
 * token and telemetry handlers recognise Graph), and this maps them onto the configured base URL
 * — the same "Way 1" msal uses. Each attempt (the retry handler re-runs the chain from here)
 * gets its own timeout.
 */
export class ConfiguredHostHandler implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly endpoints: MicrosoftEndpoints,
    /** sees Microsoft's request-id of every answer (retries included), for the audit log */
    private readonly onRequestId?: (requestId: string) => void,
  ) {}

  async execute(context: Context): Promise<void> {
    if (typeof context.request === "string") context.request = toConfiguredUrl(context.request, this.endpoints);
    context.options = { ...context.options, signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS) };
    await this.next!.execute(context);
    const requestId = context.response?.headers.get("request-id");
    if (requestId && this.onRequestId) this.onRequestId(requestId);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
