import { graphCall, type GraphClient } from "./client";
import type { AppPasswordCredential } from "./types";

interface RawPasswordCredential {
  keyId: string;
  displayName?: string | null;
  hint?: string | null;
  startDateTime?: string | null;
  endDateTime?: string | null;
}

const date = (iso?: string | null) => (iso ? new Date(iso) : null);

/**
 * The client secrets (metadata only — Graph never returns their values) of the app registration
 * with this client id, read in the partner tenant where the app is registered. Null when the app is
 * not visible there.
 */
export async function appPasswordCredentials(gc: GraphClient, clientId: string): Promise<AppPasswordCredential[] | null> {
  const safeId = clientId.replace(/'/g, "''");
  const page = await graphCall(gc, (sdk): Promise<{ value: { passwordCredentials?: RawPasswordCredential[] }[] }> =>
    sdk.api("/applications").filter(`appId eq '${safeId}'`).select(["appId", "passwordCredentials"]).get(),
  );
  const app = page.value[0];
  if (!app) return null;
  return (app.passwordCredentials ?? []).map((c) => ({
    keyId: c.keyId,
    displayName: c.displayName ?? null,
    hint: c.hint ?? null,
    startDateTime: date(c.startDateTime),
    endDateTime: date(c.endDateTime),
  }));
}
