/** Browser-side caller for our own /api/v1 routes: JSON in, JSON out, errors as ApiError. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
    signal: init.signal,
  });
  const json = (await res.json().catch(() => null)) as { error?: { code: string; message: string; fields?: Record<string, string[]> } } | null;
  if (!res.ok) {
    const error = json?.error;
    throw new ApiError(res.status, error?.code ?? "INTERNAL", error?.message ?? `The server answered ${res.status}.`, error?.fields);
  }
  return json as T;
}
