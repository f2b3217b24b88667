import { describe, expect, it } from "vitest";
import { bodyLimitBytes, ConfigError, loadConfig } from "../../config.ts";

describe("configuration", () => {
  it("has working defaults", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeNull();
    expect(config.embedded.dataDir).toMatch(/\.data\/postgres$/);
    expect(config.demoData).toBe("auto");
    expect(config.embedded.restartAttempts).toBe(5);
    expect(config.connectTimeoutMs).toBe(5000);
    expect(config.acquireTimeoutMs).toBe(30000);
  });

  it("reads the database's fault settings", () => {
    const config = loadConfig({ EMBEDDED_PG_RESTART_ATTEMPTS: "0", DB_CONNECT_TIMEOUT_MS: "2000", DB_ACQUIRE_TIMEOUT_MS: "8000" });
    expect([config.embedded.restartAttempts, config.connectTimeoutMs, config.acquireTimeoutMs]).toEqual([0, 2000, 8000]);
    expect(() => loadConfig({ EMBEDDED_PG_RESTART_ATTEMPTS: "-1", DB_CONNECT_TIMEOUT_MS: "fast" })).toThrow(
      /EMBEDDED_PG_RESTART_ATTEMPTS must be a whole number from 0 to 100 \(got "-1"\)[\s\S]*DB_CONNECT_TIMEOUT_MS/,
    );
  });

  it("reads the body limit in bytes as Express did, and refuses any other shape", () => {
    expect([bodyLimitBytes("1mb"), bodyLimitBytes("500KB"), bodyLimitBytes("2048b")]).toEqual([1024 * 1024, 500 * 1024, 2048]);
    expect(bodyLimitBytes("1.5mb")).toBeNull();
    expect(loadConfig({ BODY_LIMIT: "5mb" }).bodyLimit).toBe("5mb");
    expect(() => loadConfig({ BODY_LIMIT: "lots" })).toThrow(/BODY_LIMIT must look like 500kb or 5mb \(got "lots"\)/);
  });

  it("reads an external database and demo flag", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u:p@db.example:5432/perf", DEMO_DATA: "1", PORT: "8080" });
    expect(config.databaseUrl).toBe("postgres://u:p@db.example:5432/perf");
    expect(config.demoData).toBe("always");
    expect(config.port).toBe(8080);
  });

  it("reads a read replica's URL, only beside DATABASE_URL", () => {
    expect(loadConfig({}).databaseReadUrl).toBeNull();
    const config = loadConfig({ DATABASE_URL: "postgres://u:p@primary:5432/perf", DATABASE_READ_URL: "postgres://u:p@replica:5432/perf" });
    expect(config.databaseReadUrl).toBe("postgres://u:p@replica:5432/perf");
    expect(() => loadConfig({ DATABASE_READ_URL: "postgres://u:p@replica:5432/perf" })).toThrow(/DATABASE_READ_URL needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: "postgres://u:p@primary:5432/perf", DATABASE_READ_URL: "mysql://replica" })).toThrow(
      /DATABASE_READ_URL must start with postgres:\/\//,
    );
  });

  it("prepares the per-request statements unless PREPARED_STATEMENTS=0", () => {
    expect(loadConfig({}).preparedStatements).toBe(true);
    expect(loadConfig({ PREPARED_STATEMENTS: "0" }).preparedStatements).toBe(false);
    expect(loadConfig({ PREPARED_STATEMENTS: "true" }).preparedStatements).toBe(true);
    expect(() => loadConfig({ PREPARED_STATEMENTS: "sometimes" })).toThrow(/PREPARED_STATEMENTS must be 1 or 0 \(got "sometimes"\)/);
  });

  it("lists every problem at once", () => {
    try {
      loadConfig({ PORT: "http", DATABASE_URL: "mysql://x", DEMO_DATA: "maybe", LOG_LEVEL: "loud", EMBEDDED_PG_DATA_DIR: "/root/pg" });
      expect.unreachable("configuration should be refused");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      for (const name of ["PORT", "DATABASE_URL", "DEMO_DATA", "LOG_LEVEL", "EMBEDDED_PG_DATA_DIR"]) expect(message).toContain(name);
    }
  });
});
