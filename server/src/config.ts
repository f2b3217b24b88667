import path from "node:path";
import { fileURLToPath } from "node:url";
import { isTimeZone } from "./years/today.ts";

/**
 * Every setting the server reads from the environment, validated once at start-up. `.env.example`
 * at the repository root lists them with their defaults.
 */
export interface Config {
  port: number;
  host: string;
  /** External PostgreSQL; when absent the embedded one is started. */
  databaseUrl: string | null;
  /** A read replica (streaming standby) for GraphQL queries outside transactions; null: everything on databaseUrl. */
  databaseReadUrl: string | null;
  embedded: {
    dataDir: string;
    port: number;
    database: string;
    /** How many times the server starts its dead PostgreSQL again before it has stayed up for a minute. */
    restartAttempts: number;
  };
  /** Load the demo years: "auto" = only into an empty embedded database. */
  demoData: "auto" | "always" | "never";
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  dashboardDir: string;
  statementTimeoutMs: number;
  poolMax: number;
  /** How long to wait for PostgreSQL to accept a connection. */
  connectTimeoutMs: number;
  /** How long a request waits for a pooled connection before it is answered 503. */
  acquireTimeoutMs: number;
  bodyLimit: string;
  production: boolean;
  /** Password for the `admin` account created on first start; generated and printed when absent. */
  adminPassword: string | null;
  /** Trust X-Forwarded-For/-Proto from a reverse proxy. */
  trustProxy: boolean;
  /** Other origins (besides the server's own) whose pages may send cookie-authenticated changes. */
  allowedOrigins: string[];
  /** The company's time zone: what "today" means (projections, default dates, dated names). */
  timeZone: string;
  /**
   * The statements every request runs are prepared once per connection (db's prepared-statements.ts).
   * PREPARED_STATEMENTS=0 for a connection pooler that cannot keep them (PgBouncer in transaction
   * mode before 1.21, or with max_prepared_statements 0).
   */
  preparedStatements: boolean;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** BODY_LIMIT (`500kb`, `5mb`, `2048b`) in bytes, as Express's `bytes` reads it; null when it is not one. */
export function bodyLimitBytes(limit: string): number | null {
  const match = /^(\d+)(b|kb|mb)$/i.exec(limit.trim());
  if (!match) return null;
  return Number(match[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[match[2].toLowerCase() as "b" | "kb" | "mb"];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };

  const postgresUrl = (name: string): string | null => {
    const value = env[name]?.trim() || null;
    if (!value) return null;
    try {
      const url = new URL(value);
      if (!["postgres:", "postgresql:"].includes(url.protocol)) {
        problems.push(`${name} must start with postgres:// or postgresql:// (got "${url.protocol}//…")`);
      }
    } catch {
      problems.push(`${name} is not a valid URL (expected postgres://user:password@host:5432/database)`);
      return null;
    }
    return value;
  };
  const databaseUrl = postgresUrl("DATABASE_URL");
  const databaseReadUrl = postgresUrl("DATABASE_READ_URL");
  if (databaseReadUrl && !env.DATABASE_URL?.trim()) {
    problems.push("DATABASE_READ_URL needs DATABASE_URL (the primary it replicates); the embedded PostgreSQL has no replicas");
  }

  const demoRaw = (env.DEMO_DATA ?? "").trim().toLowerCase();
  let demoData: Config["demoData"] = "auto";
  if (["1", "true", "yes"].includes(demoRaw)) demoData = "always";
  else if (["0", "false", "no"].includes(demoRaw)) demoData = "never";
  else if (demoRaw !== "" && demoRaw !== "auto") problems.push(`DEMO_DATA must be 1, 0 or auto (got "${env.DEMO_DATA}")`);

  const logLevel = (env.LOG_LEVEL ?? "info").trim().toLowerCase() as Config["logLevel"];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${env.LOG_LEVEL}")`);

  const bodyLimit = (env.BODY_LIMIT ?? "1mb").trim();
  if (bodyLimitBytes(bodyLimit) === null) problems.push(`BODY_LIMIT must look like 500kb or 5mb (got "${bodyLimit}")`);

  const database = (env.EMBEDDED_PG_DATABASE ?? "station_assessment").trim();
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) {
    problems.push(`EMBEDDED_PG_DATABASE must be a lower-case identifier (got "${database}")`);
  }

  const adminPassword = env.ADMIN_PASSWORD ? env.ADMIN_PASSWORD : null;
  if (adminPassword !== null && adminPassword.length < 10) problems.push("ADMIN_PASSWORD must be at least 10 characters");
  /** A yes/no setting: 1/0 or true/false. */
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = (env[name] ?? (fallback ? "1" : "0")).trim().toLowerCase();
    if (!["0", "1", "true", "false"].includes(raw)) problems.push(`${name} must be 1 or 0 (got "${env[name]}")`);
    return raw === "1" || raw === "true";
  };
  const trustProxy = flag("TRUST_PROXY", false);

  const allowedOrigins = (env.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of allowedOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      problems.push(`ALLOWED_ORIGINS must list origins such as https://intranet.example.com (got "${origin}")`);
  }
  const preparedStatements = flag("PREPARED_STATEMENTS", true);
  const timeZone = (env.APP_TIME_ZONE ?? "").trim() || "Asia/Shanghai";
  if (!isTimeZone(timeZone)) problems.push(`APP_TIME_ZONE must be a time zone such as Asia/Shanghai (got "${timeZone}")`);

  const config: Config = {
    port: integer("PORT", 4000, 0, 65535),
    host: (env.HOST ?? "0.0.0.0").trim(),
    databaseUrl,
    databaseReadUrl,
    embedded: {
      dataDir: path.resolve(REPO_ROOT, env.EMBEDDED_PG_DATA_DIR?.trim() || ".data/postgres"),
      port: integer("EMBEDDED_PG_PORT", 54329, 1, 65535),
      database,
      restartAttempts: integer("EMBEDDED_PG_RESTART_ATTEMPTS", 5, 0, 100),
    },
    demoData,
    logLevel,
    dashboardDir: path.resolve(REPO_ROOT, env.DASHBOARD_DIR?.trim() || "dashboard/dist"),
    statementTimeoutMs: integer("DB_STATEMENT_TIMEOUT_MS", 30000, 100, 3_600_000),
    poolMax: integer("DB_POOL_MAX", 10, 1, 1000),
    connectTimeoutMs: integer("DB_CONNECT_TIMEOUT_MS", 5000, 100, 600_000),
    acquireTimeoutMs: integer("DB_ACQUIRE_TIMEOUT_MS", 30000, 100, 3_600_000),
    bodyLimit,
    production: env.NODE_ENV === "production",
    adminPassword,
    trustProxy,
    allowedOrigins,
    timeZone,
    preparedStatements,
  };
  if (config.embedded.dataDir.startsWith("/root/") || config.embedded.dataDir === "/root") {
    problems.push(
      `EMBEDDED_PG_DATA_DIR resolves to ${config.embedded.dataDir}, which the postgres system user cannot read; choose a directory outside /root`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
