import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isRunning, processStartTicks } from "./postmaster.ts";

/*
 * Which process answers for an embedded cluster: the one that started it (a server, or a
 * command-line tool that found no server running), recorded next to PostgreSQL's own lock file.
 * A postmaster whose owner is gone is an orphan (its server was killed with SIGKILL); one whose
 * owner lives belongs to someone else and is never stopped by us.
 */

const OWNER_FILE = "station-owner.json";

interface OwnerRecord {
  pid: number;
  /** With the pid, tells this process from a later one that was given the same pid. */
  startTicks: string | null;
  role: "server" | "tool";
}

export function claimCluster(dataDir: string, role: OwnerRecord["role"]): void {
  const record: OwnerRecord = { pid: process.pid, startTicks: processStartTicks(process.pid), role };
  writeFileSync(path.join(dataDir, OWNER_FILE), `${JSON.stringify(record)}\n`);
}

/** Gives the cluster up, unless another process has claimed it since. */
export function releaseCluster(dataDir: string): void {
  if (readOwner(dataDir)?.pid === process.pid) rmSync(path.join(dataDir, OWNER_FILE), { force: true });
}

/** The live process that answers for the cluster, other than this one; null when there is none. */
export function liveOwner(dataDir: string): { pid: number; role: OwnerRecord["role"] } | null {
  const owner = readOwner(dataDir);
  if (!owner || owner.pid === process.pid || !isRunning(owner.pid)) return null;
  const ticks = processStartTicks(owner.pid);
  if (owner.startTicks !== null && ticks !== null && ticks !== owner.startTicks) return null;
  return { pid: owner.pid, role: owner.role };
}

function readOwner(dataDir: string): OwnerRecord | null {
  try {
    const parsed = JSON.parse(readFileSync(path.join(dataDir, OWNER_FILE), "utf8")) as Partial<OwnerRecord>;
    if (typeof parsed.pid !== "number") return null;
    return { pid: parsed.pid, startTicks: parsed.startTicks ?? null, role: parsed.role === "tool" ? "tool" : "server" };
  } catch {
    return null;
  }
}
