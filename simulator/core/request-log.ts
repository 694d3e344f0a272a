export type HostName = "identity" | "graph" | "partner-center" | "exchange" | "control";

export interface RequestLogEntry {
  seq: number;
  at: string;
  host: HostName;
  /** stable operation name from the route, e.g. "graph.users.list" */
  op: string;
  method: string;
  path: string;
  tenant: string | null;
  status: number;
  durationMs: number;
  fault: string | null;
}

/** Bounded in-memory log of every request, so tests can count upstream calls per operation. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  constructor(private readonly capacity = 50_000) {}

  add(e: Omit<RequestLogEntry, "seq">): void {
    this.entries.push({ ...e, seq: ++this.seq });
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  query(f: { host?: string; op?: string; tenant?: string; sinceSeq?: number; limit?: number } = {}): RequestLogEntry[] {
    const out = this.entries.filter(
      (e) =>
        (!f.host || e.host === f.host) &&
        (!f.op || e.op === f.op || e.op.startsWith(`${f.op}.`)) &&
        (!f.tenant || e.tenant === f.tenant) &&
        (f.sinceSeq === undefined || e.seq > f.sinceSeq),
    );
    return f.limit ? out.slice(-f.limit) : out;
  }

  get lastSeq(): number {
    return this.seq;
  }

  clear(): void {
    this.entries = [];
  }
}
