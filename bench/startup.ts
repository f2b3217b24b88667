import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildServer, freePort, SERVER_DIR } from "./server-process.ts";

/**
 * How long the server takes from the start command to its first answer of `{ units { code name } }`
 * on the embedded database: once with an empty data directory (initdb, migrations, demo data) and
 * once more on the same, now seeded, directory. The server runs as `pnpm start` runs it — the
 * compiled bundle (built once first; the dashboard build is the same either way) — and, for
 * comparison, through tsx as `pnpm dev` runs it, interleaved. Usage: pnpm bench:startup [runs]
 */
const runs = Number(process.argv[2] ?? 3);
buildServer();

const variants = {
  compiled: ["--enable-source-maps", "dist/main.js"],
  tsx: ["--import", "tsx", "src/main.ts"],
} as const;
type Variant = keyof typeof variants;

async function firstUnitsAnswer(port: number, child: ChildProcess): Promise<string[]> {
  const url = `http://127.0.0.1:${port}/graphql`;
  const post = (body: unknown, cookie?: string) =>
    fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const signIn = await post({ query: `mutation { signIn(username: "demo-admin", password: "demo-admin-pass") { username } }` });
      const cookie = signIn.headers.get("set-cookie")?.split(";")[0];
      if (cookie) {
        const answer = (await (await post({ query: "{ units { code name } }" }, cookie)).json()) as { data?: { units: { code: string }[] } };
        if (answer.data) return answer.data.units.map((unit) => unit.code);
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function startOnce(variant: Variant, dataDir: string): Promise<number> {
  const [port, pgPort] = await Promise.all([freePort(), freePort()]);
  const started = performance.now();
  const child = spawn(process.execPath, [...variants[variant]], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      EMBEDDED_PG_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      ADMIN_PASSWORD: "bench-admin-password",
      LOG_LEVEL: "warn",
      DATABASE_URL: "",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const units = await firstUnitsAnswer(port, child);
    const ms = performance.now() - started;
    if (units.length !== 5) throw new Error(`expected the five demo units, got ${units.join(", ")}`);
    return ms;
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGINT");
    await exited;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const times: Record<Variant, { empty: number[]; seeded: number[] }> = { compiled: { empty: [], seeded: [] }, tsx: { empty: [], seeded: [] } };
for (let run = 0; run < runs; run++) {
  for (const variant of Object.keys(variants) as Variant[]) {
    // Not under /root: the postgres system user must reach the data directory.
    const dir = await mkdtemp(path.join(os.tmpdir(), "station-bench-start-"));
    await chmod(dir, 0o755);
    try {
      times[variant].empty.push(await startOnce(variant, path.join(dir, "data")));
      times[variant].seeded.push(await startOnce(variant, path.join(dir, "data")));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    console.log(
      `run ${run + 1} ${variant.padEnd(8)}: empty ${times[variant].empty[run].toFixed(0)} ms, seeded ${times[variant].seeded[run].toFixed(0)} ms`,
    );
  }
}
for (const variant of Object.keys(variants) as Variant[]) {
  console.log(
    `${variant === "compiled" ? "pnpm start (compiled)" : "tsx (pnpm dev)      "}: start → first { units } answer, median of ${runs}: ` +
      `cold (empty database) ${median(times[variant].empty).toFixed(0)} ms, warm (seeded) ${median(times[variant].seeded).toFixed(0)} ms`,
  );
}
