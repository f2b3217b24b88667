/** The server's roles (server/src/auth/role.ts). */
export type Role = "ADMIN" | "COMMITTEE" | "EXECUTIVE" | "ANALYST" | "CLERK" | "STATION_HEAD";

export interface Viewer {
  username: string;
  displayName: string;
  roles: readonly Role[] | readonly string[];
  /** For a station head, the unit they head. */
  unitCode: string | null;
  /** For a committee member, the name their scores are entered under. */
  memberName?: string | null;
}

/** What the interface offers; the server enforces the same rules (this only hides what would fail). */
export type Action =
  | "enterScores" // committee scores
  | "saveScheme" // what-if → 保存方案
  | "finalize"
  | "reopen"
  | "enterRecords" // 录入
  | "editContracts"
  | "readAllUnits" // every unit's figures while the year is open
  | "simulate" // what-if (server: READ_ALL)
  | "keepUnits" // units, names, rosters and vehicles
  | "openYear" // a new year from an earlier one
  | "fileRules" // 实施细则 (a station head: their own unit)
  | "acknowledgeRules"; // receipt of 实施细则 (deputy GM, department)

const ALLOWED: Record<Action, Role[]> = {
  enterScores: ["COMMITTEE", "ADMIN"],
  saveScheme: ["COMMITTEE", "ADMIN"],
  finalize: ["COMMITTEE", "ADMIN"],
  reopen: ["ADMIN"],
  enterRecords: ["CLERK", "ADMIN"],
  editContracts: ["CLERK", "COMMITTEE", "ADMIN"],
  readAllUnits: ["ADMIN", "COMMITTEE", "EXECUTIVE", "ANALYST", "CLERK"],
  simulate: ["ADMIN", "COMMITTEE", "EXECUTIVE", "ANALYST", "CLERK"],
  keepUnits: ["ADMIN", "COMMITTEE"],
  openYear: ["COMMITTEE", "ADMIN"],
  fileRules: ["CLERK", "ADMIN", "STATION_HEAD"],
  acknowledgeRules: ["EXECUTIVE", "CLERK", "ADMIN"],
};

export function hasAnyRole(viewer: Viewer | null, roles: readonly Role[]): boolean {
  return viewer !== null && roles.some((role) => (viewer.roles as readonly string[]).includes(role));
}

export function can(viewer: Viewer | null, action: Action): boolean {
  return hasAnyRole(viewer, ALLOWED[action]);
}

/** Every role: for views open to everyone signed in. */
export const ALL_ROLES: Role[] = ["ADMIN", "COMMITTEE", "EXECUTIVE", "ANALYST", "CLERK", "STATION_HEAD"];
