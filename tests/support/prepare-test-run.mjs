// Runs before `vitest run` (see the root package.json `test` script) so that the README's test
// command works on a fresh machine and never tests a stale dashboard:
//   1. builds the dashboard from the current sources (the browser tests serve dashboard/dist);
//   2. makes sure the system Chromium the browser tests drive exists — on a Debian machine run as
//      root it installs the `chromium` package (never a downloaded browser), elsewhere it stops
//      with instructions.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(command, args, { env = process.env } = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: repo, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    console.error(`\n✗ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  return ((Date.now() - started) / 1000).toFixed(1);
}

const buildSeconds = run("pnpm", ["--filter", "@station/dashboard", "build"]);
console.log(`✓ dashboard built for the browser tests (${buildSeconds} s)`);

if (!existsSync(chromiumPath)) {
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get") && !process.env.CHROMIUM_PATH;
  if (!canInstall) {
    console.error(
      `✗ the browser tests need Chromium at ${chromiumPath}.\n` +
        "  Install your distribution's package (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH.",
    );
    process.exit(1);
  }
  console.log("… installing Debian's chromium for the browser tests (apt-get, once)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("apt-get", ["update", "-qq"], { env });
  const installSeconds = run("apt-get", ["install", "-y", "-qq", "chromium"], { env });
  console.log(`✓ chromium installed (${installSeconds} s)`);
}
