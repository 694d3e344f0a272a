import { describe, expect, it } from "vitest";

import { createUserForm } from "@/components/users/manage/create-user-schema";
import { editDefaults, editUserForm } from "@/components/users/manage/edit-user-schema";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";

// The user forms map their fields onto the actions' own input schemas: what they send is what the
// server parses, and what the server would refuse is refused on the field.

const fields = { displayName: "Ada Lovelace", mailNickname: "ada", domain: "contoso.com", usageLocation: "gb", skuId: "", groupIds: [] as string[] };
const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join("."));

describe("create user form", () => {
  it("builds user.create's input: sign-in name from username and domain, country upper-cased, empty licence and groups left out", () => {
    expect(createUserForm.parse(fields)).toEqual({ displayName: "Ada Lovelace", mailNickname: "ada", userPrincipalName: "ada@contoso.com", usageLocation: "GB" });
    const sku = "6FD2C87F-B296-42F0-B197-1E91E994B900";
    const g = "0c6b0d1c-4b52-4a4b-8d8e-0a1f1d5e9a11";
    expect(createUserForm.parse({ ...fields, skuId: sku, groupIds: [g] })).toMatchObject({ skuId: sku.toLowerCase(), groupIds: [g] });
  });

  it("refuses what the server refuses, on the field it concerns", () => {
    expect(errorsOf(createUserForm.safeParse({ ...fields, mailNickname: "ada lovelace" }))).toEqual(expect.arrayContaining(["mailNickname", "userPrincipalName"]));
    expect(errorsOf(createUserForm.safeParse({ ...fields, displayName: " " }))).toEqual(["displayName"]);
    expect(errorsOf(createUserForm.safeParse({ ...fields, usageLocation: "G" }))).toEqual(["usageLocation"]);
    expect(errorsOf(createUserForm.safeParse({ ...fields, groupIds: ["' or 1 eq 1"] }))).toEqual(["groupIds.0"]);
  });
});

describe("edit user form", () => {
  const user = { id: "3f1b7c1e-9d7a-4a55-b6f4-2b1a0c9d8e71", displayName: "Ada", jobTitle: "Engineer", department: null, officeLocation: "London", mobilePhone: null, usageLocation: "GB" } as UserDetail;

  it("starts from the user's values and sends only what changed, a cleared field as null", () => {
    const start = editDefaults(user);
    expect(start).toEqual({ displayName: "Ada", jobTitle: "Engineer", department: "", officeLocation: "London", mobilePhone: "", usageLocation: "GB" });
    expect(editUserForm(user).parse({ ...start, jobTitle: "Lead engineer ", officeLocation: "", usageLocation: "fr" })).toEqual({ user: user.id, jobTitle: "Lead engineer", officeLocation: null, usageLocation: "FR" });
  });

  it("refuses no change at all, and an empty display name", () => {
    expect(errorsOf(editUserForm(user).safeParse(editDefaults(user)))).toEqual(["displayName"]);
    expect(errorsOf(editUserForm(user).safeParse({ ...editDefaults(user), displayName: "" }))).toEqual(["displayName"]);
  });
});
