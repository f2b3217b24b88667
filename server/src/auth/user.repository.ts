import type { Knex } from "knex";
import type { Role } from "./role.ts";
import type { Viewer } from "./viewer.ts";

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  roles: Role[];
  unit_id: number | null;
  unit_code: string | null;
  member_id: number | null;
  member_name: string | null;
  disabled: boolean;
  created_at: Date;
}

/** A user's columns with their unit's code and member name (users u, units n, committee_members m). */
export const USER_COLUMNS = ["u.*", "n.code as unit_code", "m.name as member_name"];
/**
 * The columns a viewer is made of (toViewer), listed rather than `u.*` because the statements
 * reading them every request are prepared (a plan must not change its columns under a migration).
 */
export const VIEWER_COLUMNS = [
  "u.id",
  "u.username",
  "u.display_name",
  "u.roles",
  "u.unit_id",
  "u.member_id",
  "n.code as unit_code",
  "m.name as member_name",
];
/** The same columns for hand-written SQL. */
export const VIEWER_COLUMNS_SQL = VIEWER_COLUMNS.join(", ");

function selectUsers(knex: Knex) {
  return knex("users as u")
    .leftJoin("units as n", "n.id", "u.unit_id")
    .leftJoin("committee_members as m", "m.id", "u.member_id")
    .select(USER_COLUMNS);
}

export async function findUserByUsername(knex: Knex, username: string): Promise<UserRow | undefined> {
  return selectUsers(knex).where("u.username", username).first();
}

export async function listUsers(knex: Knex): Promise<UserRow[]> {
  return selectUsers(knex).orderBy("u.username");
}

export function toViewer(
  row: Pick<UserRow, "id" | "username" | "display_name" | "roles" | "unit_id" | "unit_code" | "member_id" | "member_name">,
  via: Viewer["via"],
): Viewer {
  return {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles,
    unitId: row.unit_id,
    unitCode: row.unit_code,
    memberId: row.member_id,
    memberName: row.member_name,
    via,
  };
}
