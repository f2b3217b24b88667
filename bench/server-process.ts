import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** What the benchmarks that start the server as its own process (startup, compare) share. */
export const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../server");

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
