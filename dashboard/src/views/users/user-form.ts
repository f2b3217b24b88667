import type { Role } from "../../auth/roles.ts";

/**
 * The user form's values and checks. The checks repeat the server's rules
 * (server/src/auth/user.service.ts) so most mistakes show beside the field before a round trip;
 * the server still decides, and its `extensions.invalid` lands in the same places.
 */
export const ROLE_ORDER: Role[] = ["ADMIN", "COMMITTEE", "EXECUTIVE", "ANALYST", "CLERK", "STATION_HEAD"];
export const MIN_PASSWORD_LENGTH = 10;
const USERNAME = /^[a-z][a-z0-9._-]{1,39}$/;

export type UserField = "username" | "displayName" | "password" | "roles" | "unitCode" | "memberName";
/** Keys into the view's `fieldErrors` texts. */
export type UserFieldError = "username" | "required" | "tooLong" | "passwordShort" | "passwordLong" | "rolesRequired" | "unitRequired";
export type UserFieldErrors = Partial<Record<UserField, UserFieldError>>;

export interface UserFormValues {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  unitCode: string;
  memberName: string;
}

export interface AccountLike {
  username: string;
  displayName: string;
  roles: readonly string[];
  unitCode?: string | null;
  memberName?: string | null;
}

/** What `createUser` / `updateUser` take (the generated UserInput, minus `disabled`). */
export interface UserInputLike {
  username: string;
  displayName?: string;
  password?: string;
  roles?: Role[];
  unitCode?: string | null;
  memberName?: string | null;
}

export function emptyUserForm(): UserFormValues {
  return { username: "", displayName: "", password: "", roles: [], unitCode: "", memberName: "" };
}

export function formFromAccount(account: AccountLike): UserFormValues {
  return {
    username: account.username,
    displayName: account.displayName,
    password: "",
    roles: sortRoles(account.roles),
    unitCode: account.unitCode ?? "",
    memberName: account.memberName ?? "",
  };
}

/** Roles in a fixed order, unknown ones dropped: badges and checkboxes read the same everywhere. */
export function sortRoles(roles: readonly string[]): Role[] {
  return ROLE_ORDER.filter((role) => roles.includes(role));
}

export function toggleRole(roles: readonly Role[], role: Role, on: boolean): Role[] {
  return sortRoles(on ? [...roles, role] : roles.filter((r) => r !== role));
}

export function checkPassword(password: string): UserFieldError | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "passwordShort";
  if (password.length > 200) return "passwordLong";
  return null;
}

export type UserFormResult = { ok: true; input: UserInputLike } | { ok: false; errors: UserFieldErrors };

/**
 * Checks the form and builds the mutation input. Creating sends only what applies; editing
 * also clears a unit or member name that no longer applies (null), so removing the
 * STATION_HEAD role does not leave a stale unit behind. Editing never sends a password
 * (that is the separate reset).
 */
export function inputFromUserForm(values: UserFormValues, mode: "create" | "edit"): UserFormResult {
  const errors: UserFieldErrors = {};
  const username = values.username.trim();
  const displayName = values.displayName.trim();
  const memberName = values.memberName.trim();
  const isHead = values.roles.includes("STATION_HEAD");
  const isCommittee = values.roles.includes("COMMITTEE");

  if (mode === "create" && !USERNAME.test(username)) errors.username = "username";
  if (displayName === "") errors.displayName = "required";
  else if ([...displayName].length > 100) errors.displayName = "tooLong";
  if (mode === "create") {
    const password = checkPassword(values.password);
    if (password) errors.password = password;
  }
  if (values.roles.length === 0) errors.roles = "rolesRequired";
  if (isHead && values.unitCode === "") errors.unitCode = "unitRequired";
  if (isCommittee && [...memberName].length > 100) errors.memberName = "tooLong";
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const input: UserInputLike = { username, displayName, roles: values.roles };
  if (mode === "create") {
    input.password = values.password;
    if (isHead) input.unitCode = values.unitCode;
    if (isCommittee && memberName) input.memberName = memberName;
  } else {
    input.unitCode = isHead ? values.unitCode : null;
    input.memberName = isCommittee && memberName ? memberName : null;
  }
  return { ok: true, input };
}

export interface AccountRow extends AccountLike {
  disabled: boolean;
}

/** The table's order: enabled accounts first, then by username. */
export function sortAccounts<T extends AccountRow>(accounts: readonly T[]): T[] {
  return [...accounts].sort((a, b) => Number(a.disabled) - Number(b.disabled) || a.username.localeCompare(b.username));
}
