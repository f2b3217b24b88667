import "reflect-metadata";
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { openDatabase } from "../app/database.ts";
import { Role } from "../auth/role.ts";
import { newPassword } from "../auth/secrets.ts";
import { saveUser } from "../auth/user.service.ts";
import { DomainError } from "../common/errors.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";

const USAGE = `usage:
  pnpm user add USERNAME --role ROLE[,ROLE] [--name "显示名"] [--unit CODE] [--member NAME] [--password PASS]
  pnpm user passwd USERNAME [--password PASS]
  pnpm user disable USERNAME
  pnpm user enable USERNAME

Roles: ${Object.values(Role).join(", ")}. Without --password a password is asked for on the terminal
(or generated and printed when there is no terminal). Uses the server's database configuration.`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const generated = newPassword();
    console.log(`generated password: ${generated}`);
    return generated;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question("new password (at least 10 characters): ");
  } finally {
    rl.close();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: "string" },
      name: { type: "string" },
      unit: { type: "string" },
      member: { type: "string" },
      password: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  const [command, username] = positionals;
  if (values.help || !command) fail(USAGE, values.help ? 0 : 2);
  if (!username) fail(`USERNAME is missing\n\n${USAGE}`);
  const roles = values.role?.split(",").map((r) => r.trim().toUpperCase());
  if (roles?.some((r) => !(r in Role))) fail(`unknown role in "${values.role}"; roles: ${Object.values(Role).join(", ")}`);

  const config = loadConfig();
  const database = await openDatabase({ ...config, demoData: "never" }, createLogger("warn"));
  try {
    if (command === "add") {
      if (!roles) fail(`add needs --role\n\n${USAGE}`);
      const user = await saveUser(
        database.knex,
        {
          username,
          displayName: values.name ?? username,
          password: values.password ?? (await askPassword()),
          roles: roles as Role[],
          unitCode: values.unit,
          memberName: values.member,
        },
        { create: true },
      );
      console.log(`created ${user.username} (${user.roles.join(", ")})`);
    } else if (command === "passwd") {
      await saveUser(database.knex, { username, password: values.password ?? (await askPassword()) }, { create: false });
      console.log(`password of ${username} changed`);
    } else if (command === "disable" || command === "enable") {
      await saveUser(database.knex, { username, disabled: command === "disable" }, { create: false });
      console.log(`${username} ${command}d`);
    } else {
      fail(`unknown command "${command}"\n\n${USAGE}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  if (error instanceof ConfigError) fail(error.message, 1);
  if (error instanceof DomainError) fail(`${error.code}: ${error.message}`, 1);
  fail(`user command failed: ${error instanceof Error ? error.message : error}`, 1);
});
