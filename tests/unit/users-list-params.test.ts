import { describe, expect, it } from "vitest";

import { userApiParams } from "@/components/users/options";

describe("userApiParams (users list URL → read API)", () => {
  it("sends the search and one value per facet", () => {
    expect(userApiParams({ q: "ann lee", filters: { account: ["blocked"], type: ["guest"] } })).toBe("search=ann+lee&account=blocked&type=guest");
  });

  it("drops values the API does not take, so a hand-edited URL never becomes a 400 or raw OData", () => {
    expect(userApiParams({ q: "", filters: { account: ["false or true"], type: ["__proto__"], other: ["x"] } })).toBe("");
  });

  it("sends nothing for the plain list", () => {
    expect(userApiParams({ q: "", filters: {} })).toBe("");
  });
});
