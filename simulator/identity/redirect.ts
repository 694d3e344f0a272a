import type { FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import type { HostResponse } from "../core/host";
import { aadstsEntry } from "./aadsts";
import { formPostPage } from "./html";
import { errorDetails, type Failure } from "./respond";

export type ResponseMode = "query" | "fragment" | "form_post";
export const RESPONSE_MODES = new Set<string>(["query", "fragment", "form_post"]);

type Fields = Record<string, string | undefined>;

/** Sends the authorize result back to the (already validated) redirect URI in the requested mode. */
export function toClient(redirectUri: string, mode: ResponseMode, fields: Fields): HostResponse {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) if (typeof v === "string") params.set(k, v);
  if (mode === "form_post") return formPostPage(redirectUri, fields);
  if (mode === "fragment") {
    return { status: 302, headers: { location: `${redirectUri.split("#")[0]}#${params}`, "cache-control": "no-store" }, body: "" };
  }
  const url = new URL(redirectUri);
  for (const [k, v] of params) url.searchParams.set(k, v);
  return { status: 302, headers: { location: url.toString(), "cache-control": "no-store" }, body: "" };
}

/** An authorize-time failure reported to the app: error, error_description, error_uri, state. */
export function errorToClient(ctx: SimContext, req: FastifyRequest, redirectUri: string, mode: ResponseMode, state: string | undefined, f: Failure): HostResponse {
  const d = errorDetails(ctx, req, f);
  return toClient(redirectUri, mode, {
    error: f.error ?? aadstsEntry(f.code).authorize ?? d.error,
    error_description: d.description,
    error_uri: `https://login.microsoftonline.com/error?code=${f.code}`,
    state,
  });
}

export function withCookie(r: HostResponse, cookie: string | undefined): HostResponse {
  return cookie ? { ...r, headers: { ...r.headers, "set-cookie": cookie } } : r;
}
