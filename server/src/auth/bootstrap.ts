import type { Knex } from "knex";
import type { Logger } from "pino";
import { Role } from "./role.ts";
import { newPassword } from "./secrets.ts";
import { saveUser, type UserChanges } from "./user.service.ts";

/**
 * On first start there is no one to sign in as: create `admin` with ADMIN_PASSWORD, or with a
 * generated password printed once to the console (it is not stored anywhere in clear).
 */
export async function ensureAdmin(knex: Knex, adminPassword: string | null, logger: Logger): Promise<void> {
  const admins = await knex("users").whereRaw("'ADMIN' = any(roles)").count<{ n: number }[]>({ n: "*" }).first();
  if (Number(admins?.n ?? 0) > 0) return;
  const password = adminPassword ?? newPassword();
  await saveUser(knex, { username: "admin", displayName: "系统管理员 Administrator", password, roles: [Role.ADMIN] }, { create: true });
  if (adminPassword) logger.info("created the administrator account `admin` with ADMIN_PASSWORD");
  else {
    // Printed once, on purpose outside the JSON log, so the operator sees it and it is not indexed.
    console.log(
      `\n  片站绩效考核: created the administrator account\n    username: admin\n    password: ${password}\n  (shown once; change it with \`pnpm user passwd admin\`)\n`,
    );
  }
}

/** One user per role for the demo data; their passwords are documented in the README. */
export const DEMO_USERS: (UserChanges & { password: string })[] = [
  { username: "demo-admin", displayName: "演示管理员", password: "demo-admin-pass", roles: [Role.ADMIN] },
  ...[1, 2, 3, 4, 5].map((n) => ({
    username: `committee${n}`,
    displayName: `考核小组委员${n}`,
    password: "committee-demo",
    roles: [Role.COMMITTEE],
    memberName: `committee${n}`,
  })),
  { username: "deputy-gm", displayName: "分管副总", password: "executive-demo", roles: [Role.EXECUTIVE] },
  { username: "analyst", displayName: "数据分析员", password: "analyst-demo", roles: [Role.ANALYST] },
  { username: "clerk", displayName: "客服部内勤", password: "clerk-demo-pass", roles: [Role.CLERK] },
  { username: "head-north", displayName: "城北管理站站长", password: "station-demo", roles: [Role.STATION_HEAD], unitCode: "north" },
];

export async function createDemoUsers(knex: Knex): Promise<number> {
  let created = 0;
  for (const user of DEMO_USERS) {
    if (await knex("users").where({ username: user.username }).first("id")) continue;
    await saveUser(knex, user, { create: true });
    created++;
  }
  return created;
}
