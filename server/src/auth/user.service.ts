import type { Knex } from "knex";
import { DomainError, InvalidInputError, NotFoundError, type InvalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { Role } from "./role.ts";
import { hashPassword } from "./secrets.ts";
import { findUserByUsername, listUsers, type UserRow } from "./user.repository.ts";

export const MIN_PASSWORD_LENGTH = 10;

export interface UserChanges {
  username: string;
  displayName?: string | null;
  password?: string | null;
  roles?: Role[] | null;
  /** Station heads: the unit they head. */
  unitCode?: string | null;
  /** Committee members: the name their scores are entered under (registered if new). */
  memberName?: string | null;
  disabled?: boolean | null;
}

function validate(changes: UserChanges, creating: boolean): void {
  const invalid: InvalidField[] = [];
  const check = new FieldChecker(invalid);
  if (!/^[a-z][a-z0-9._-]{1,39}$/.test(changes.username)) {
    check.fail("username", "USERNAME_FORMAT");
  }
  if (creating || changes.displayName != null) check.text("displayName", changes.displayName ?? "", { max: 100 });
  if (creating || changes.password != null) {
    if ((changes.password ?? "").length < MIN_PASSWORD_LENGTH) check.fail("password", "TOO_SHORT", { min: MIN_PASSWORD_LENGTH });
    if ((changes.password ?? "").length > 200) check.fail("password", "TOO_LONG", { max: 200 });
  }
  if (creating && (!changes.roles || changes.roles.length === 0)) check.fail("roles", "ROLES_REQUIRED");
  if (changes.roles?.includes(Role.STATION_HEAD) && !changes.unitCode) check.fail("unitCode", "HEAD_NEEDS_UNIT");
  if (changes.memberName != null) check.text("memberName", changes.memberName, { max: 100 });
  if (invalid.length > 0) throw new InvalidInputError(invalid);
}

/** Creates a user, or changes the given fields of an existing one. */
export async function saveUser(knex: Knex, changes: UserChanges, { create }: { create: boolean }): Promise<UserRow> {
  validate(changes, create);
  return knex.transaction(async (trx) => {
    const existing = await findUserByUsername(trx, changes.username);
    if (create && existing) throw new DomainError("CONFLICT", "USER_EXISTS", { username: changes.username }, { field: "username" });
    if (!create && !existing) throw new NotFoundError("USER_NOT_FOUND", { username: changes.username });
    const row: Record<string, unknown> = {};
    if (changes.displayName != null) row.display_name = changes.displayName.trim();
    if (changes.password != null) {
      row.password_hash = await hashPassword(changes.password);
      row.password_changed_at = trx.fn.now();
    }
    if (changes.roles != null) row.roles = changes.roles;
    if (changes.disabled != null) row.disabled = changes.disabled;
    if (changes.unitCode !== undefined) {
      if (changes.unitCode === null) row.unit_id = null;
      else {
        const unit = await trx("units").where({ code: changes.unitCode }).first("id");
        if (!unit) throw new NotFoundError("UNIT_NOT_FOUND", { code: changes.unitCode }, { field: "unitCode" });
        row.unit_id = unit.id;
      }
    }
    if (changes.memberName !== undefined) {
      if (changes.memberName === null) row.member_id = null;
      else {
        await trx("committee_members").insert({ name: changes.memberName.trim() }).onConflict("name").ignore();
        row.member_id = (await trx("committee_members").where({ name: changes.memberName.trim() }).first("id")).id;
      }
    }
    if (create) await trx("users").insert({ username: changes.username, ...row });
    else if (Object.keys(row).length > 0) await trx("users").where({ username: changes.username }).update(row);
    if (changes.disabled)
      await trx("sessions")
        .whereIn("user_id", trx("users").select("id").where({ username: changes.username }))
        .del();
    return (await findUserByUsername(trx, changes.username))!;
  });
}

/** Every account, for administrators. */
export function userAccounts(knex: Knex): Promise<UserRow[]> {
  return listUsers(knex);
}
