import { describe, expect, it } from "vitest";
import { checkPassword, emptyUserForm, formFromAccount, inputFromUserForm, sortAccounts, sortRoles, toggleRole } from "./user-form.ts";

const form = (changes: Partial<ReturnType<typeof emptyUserForm>>) => ({ ...emptyUserForm(), ...changes });

describe("user form", () => {
  it("builds a create input with only what applies", () => {
    const result = inputFromUserForm(
      form({ username: " li.si ", displayName: " 李四 ", password: "0123456789", roles: ["ANALYST"], unitCode: "north", memberName: "李四" }),
      "create",
    );
    expect(result).toEqual({ ok: true, input: { username: "li.si", displayName: "李四", password: "0123456789", roles: ["ANALYST"] } });
  });

  it("sends the unit for a station head and the member name for a committee member", () => {
    const result = inputFromUserForm(
      form({
        username: "wang",
        displayName: "王",
        password: "0123456789",
        roles: ["COMMITTEE", "STATION_HEAD"],
        unitCode: "east",
        memberName: " 王五 ",
      }),
      "create",
    );
    expect(result.ok && result.input).toMatchObject({ unitCode: "east", memberName: "王五" });
  });

  it("names every bad field", () => {
    const result = inputFromUserForm(form({ username: "Li Si", password: "short", roles: ["STATION_HEAD"] }), "create");
    expect(result).toEqual({
      ok: false,
      errors: { username: "username", displayName: "required", password: "passwordShort", unitCode: "unitRequired" },
    });
    expect(inputFromUserForm(form({ username: "ab", displayName: "x", password: "0123456789" }), "create")).toEqual({
      ok: false,
      errors: { roles: "rolesRequired" },
    });
  });

  it("accepts a password of exactly 10 characters and refuses 9", () => {
    expect(checkPassword("0123456789")).toBeNull();
    expect(checkPassword("012345678")).toBe("passwordShort");
    expect(checkPassword("x".repeat(201))).toBe("passwordLong");
  });

  it("clears a unit and member name that no longer apply when editing, and sends no password", () => {
    const values = {
      ...formFromAccount({ username: "head-north", displayName: "北站站长", roles: ["STATION_HEAD"], unitCode: "north", memberName: null }),
      roles: toggleRole(["STATION_HEAD"], "ANALYST", true).filter((r) => r !== "STATION_HEAD"),
    };
    const result = inputFromUserForm(values, "edit");
    expect(result).toEqual({
      ok: true,
      input: { username: "head-north", displayName: "北站站长", roles: ["ANALYST"], unitCode: null, memberName: null },
    });
  });

  it("does not check the username when editing (it cannot change)", () => {
    const result = inputFromUserForm(form({ username: "Legacy User", displayName: "x", roles: ["CLERK"] }), "edit");
    expect(result.ok).toBe(true);
  });

  it("orders roles and accounts stably", () => {
    expect(sortRoles(["STATION_HEAD", "ADMIN", "BOGUS"])).toEqual(["ADMIN", "STATION_HEAD"]);
    expect(toggleRole(["CLERK"], "ADMIN", true)).toEqual(["ADMIN", "CLERK"]);
    const rows = [
      { username: "b", displayName: "", roles: [], disabled: true },
      { username: "c", displayName: "", roles: [], disabled: false },
      { username: "a", displayName: "", roles: [], disabled: false },
    ];
    expect(sortAccounts(rows).map((r) => r.username)).toEqual(["a", "c", "b"]);
  });
});
