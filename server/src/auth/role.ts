import { registerEnumType } from "type-graphql";

export enum Role {
  ADMIN = "ADMIN",
  COMMITTEE = "COMMITTEE",
  EXECUTIVE = "EXECUTIVE",
  ANALYST = "ANALYST",
  CLERK = "CLERK",
  STATION_HEAD = "STATION_HEAD",
}
registerEnumType(Role, {
  name: "Role",
  description: "What a signed-in user may see and do.",
  valuesConfig: {
    ADMIN: { description: "Administrator: users, reopening a finalised year, and everything else." },
    COMMITTEE: { description: "绩效考核小组成员 — performance committee member: scheme, contracts, own scores, finalising." },
    EXECUTIVE: { description: "分管副总等 — deputy general manager and other managers: read everything." },
    ANALYST: { description: "Analyst: read everything through the API, write nothing." },
    CLERK: { description: "内勤 — department clerk: records and contracts of open years." },
    STATION_HEAD: { description: "站长 — head of one unit: that unit's figures; other units once the year is finalised." },
  },
});

/** Everyone signed in; the reads of the product. */
export const SIGNED_IN = Object.values(Role);
/** Roles that read every unit's figures at any time. */
export const READ_ALL = [Role.ADMIN, Role.COMMITTEE, Role.EXECUTIVE, Role.ANALYST, Role.CLERK];
