/** Only same-site paths: an absolute or protocol-relative URL here would make an open redirect. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/signin") || value.startsWith("/api/")) return "/";
  return value;
}
