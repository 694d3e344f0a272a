/** Our shapes for what leaves the Graph module; Graph's raw JSON never does. */

export interface GdapCustomer {
  tenantId: string;
  displayName: string;
}

export interface AppPasswordCredential {
  keyId: string;
  displayName: string | null;
  /** Microsoft's hint: the secret's first three characters */
  hint: string | null;
  startDateTime: Date | null;
  endDateTime: Date | null;
}
