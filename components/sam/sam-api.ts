// Browser-side caller for /api/sam and /api/v1/sam: like lib/api/client, but keeps the fix-it,
// which is the point of every partner-connection error.

export class SamApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fixIt?: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "SamApiError";
  }
}

export async function samApi<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
  const json = (await res.json().catch(() => null)) as { error?: { code: string; message: string; fixIt?: string; fields?: Record<string, string[]> } } | null;
  if (!res.ok) {
    const e = json?.error;
    throw new SamApiError(e?.code ?? "INTERNAL", e?.message ?? `The server answered ${res.status}.`, e?.fixIt, e?.fields);
  }
  return json as T;
}
