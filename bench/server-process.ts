import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** What the benchmarks that start the server as its own process (startup, compare, totals) share. */
export const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../server");
const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Builds the compiled server (server/dist) as `pnpm start` runs it; prints the build's output. */
export function buildServer(): void {
  const built = spawnSync(process.execPath, ["--import", "tsx", "build.ts"], { cwd: SERVER_DIR, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`the server build failed:\n${built.stdout}${built.stderr}`);
  process.stdout.write(built.stdout);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * The servers a benchmark drives, each its own process (so each has its own share of the cores):
 * the compiled product as `pnpm start` runs it, PostGraphile v4 (postgraphile-server.ts), the
 * product's schema without its HTTP framework and GraphQL server (no-framework-server.ts) and the
 * bare node:http + pg server (bare-server.ts).
 */
export type ServerName = "product" | "PostGraphile" | "no framework" | "bare";

export interface SpawnedServer {
  name: ServerName;
  /** http://127.0.0.1:PORT/graphql */
  url: string;
  child: ChildProcess;
}

const COMMANDS: Record<ServerName, { cwd: string; args: string[] }> = {
  product: { cwd: SERVER_DIR, args: ["--enable-source-maps", "dist/main.js"] },
  PostGraphile: { cwd: BENCH_DIR, args: ["--import", "tsx", path.join(BENCH_DIR, "postgraphile-server.ts")] },
  "no framework": { cwd: BENCH_DIR, args: ["--import", "tsx", path.join(BENCH_DIR, "no-framework-server.ts")] },
  bare: { cwd: BENCH_DIR, args: ["--import", "tsx", path.join(BENCH_DIR, "bare-server.ts")] },
};

/** Starts one server on a free port over `databaseUrl` and waits until it answers HTTP. */
/** `nodeArgs` go before the server's own (e.g. --cpu-prof). */
export async function startServer(name: ServerName, databaseUrl: string, nodeArgs: string[] = []): Promise<SpawnedServer> {
  const port = await freePort();
  const { cwd, args } = COMMANDS[name];
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    cwd,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the ${name} server exited with ${child.exitCode}`);
    if (
      await fetch(url, { method: "POST", body: "{}" }).then(
        () => true,
        () => false,
      )
    )
      return { name, url, child };
    if (i > 1500) throw new Error(`the ${name} server did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function stopServer(server: SpawnedServer): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGINT");
  await exited;
}
