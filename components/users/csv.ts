import type { CsvColumns } from "@/components/data-table/use-csv-href";
import type { UserRow } from "@/lib/microsoft/graph/user-reads";

export const USER_CSV_COLUMNS: CsvColumns<UserRow> = [
  ["id", (u) => u.id],
  ["displayName", (u) => u.displayName],
  ["userPrincipalName", (u) => u.userPrincipalName],
  ["mail", (u) => u.mail],
  ["accountEnabled", (u) => u.accountEnabled],
  ["licenceCount", (u) => u.licenceCount],
  ["userType", (u) => u.userType],
  ["jobTitle", (u) => u.jobTitle],
  ["department", (u) => u.department],
];

export const usersCsvFilename = (tenantName: string) => `tenantry-users-${tenantName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.csv`;
