import { readFileSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import path from "node:path";

/*
 * What the operating system says about a PostgreSQL data directory's processes. Linux answers
 * through /proc; elsewhere (a developer's Mac) only "is a process with this id alive" is known,
 * and the helpers fall back to the cautious answer (treat a live process as PostgreSQL, never
 * delete a lock file a live process might own).
 */

/** The first lines of `postmaster.pid`, which PostgreSQL writes while it runs. */
export interface PostmasterLock {
  pid: number;
  port: number | null;
}

export function readPostmasterLock(dataDir: string): PostmasterLock | null {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8");
  } catch {
    return null;
  }
  const lines = text.split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return { pid: 0, port: null };
  return { pid, port: Number.isInteger(port) ? port : null };
}

export function removePostmasterLock(dataDir: string): void {
  rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
}

/**
 * True while the process runs. A zombie counts as gone: orphans are re-parented to PID 1, and on
 * some machines (containers, micro-VMs) PID 1 never reaps them, so `kill(pid, 0)` keeps
 * succeeding for a process that has long exited.
 */
export function isRunning(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else (we are not root).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const stat = procStat(pid);
  return stat === null || stat.state !== "Z";
}

/** The kernel's start time of a process (clock ticks since boot): with the pid, it names one process. */
export function processStartTicks(pid: number): string | null {
  return procStat(pid)?.startTicks ?? null;
}

/**
 * Whether a running process is PostgreSQL working in this data directory (PostgreSQL changes into
 * its data directory at start, and its children inherit that). Unknown (no /proc) counts as yes.
 */
export function isPostgresOf(pid: number, dataDir: string): boolean {
  if (!isRunning(pid)) return false;
  const cwd = processCwd(pid);
  const stat = procStat(pid);
  if (cwd === undefined || stat === null) return true;
  return stat.command === "postgres" && cwd === path.resolve(dataDir);
}

/** Every live process working in the data directory: a postmaster and its server processes. */
export function processesIn(dataDir: string): number[] {
  const dir = path.resolve(dataDir);
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  return entries
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => pid !== process.pid && processCwd(pid) === dir && isRunning(pid));
}

/** Waits until none of the processes runs any more; false when the deadline passed first. */
export async function waitUntilGone(pids: number[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isRunning)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

/**
 * Stops a postmaster that may not be our child (an orphan left by a killed server): a fast
 * shutdown (SIGINT: sessions are rolled back, the data is checkpointed), then an immediate one
 * (SIGQUIT: crash recovery at the next start), then SIGKILL, and finally any server process of
 * the data directory that outlived it, so that a new postmaster can take the directory.
 */
export async function stopPostmaster(pid: number, dataDir: string, log: (message: string) => void): Promise<void> {
  for (const [name, waitMs] of [
    ["SIGINT", 15_000],
    ["SIGQUIT", 5_000],
    ["SIGKILL", 5_000],
  ] as const) {
    if (!isRunning(pid)) break;
    signal(pid, name);
    if (await waitUntilGone([pid], waitMs)) break;
    log(`PostgreSQL (pid ${pid}) did not stop after ${name} within ${waitMs / 1000} s`);
  }
  await clearLeftovers(dataDir, log);
}

/**
 * Server processes whose postmaster died (kill -9) finish their current statement before they
 * notice and exit; while any lives, PostgreSQL refuses to start ("pre-existing shared memory
 * block is still in use"). Give them a moment, then end them: their postmaster is gone, so no
 * client can be waiting on a result that could still be committed through them.
 */
export async function clearLeftovers(dataDir: string, log: (message: string) => void, graceMs = 5_000): Promise<void> {
  const leftovers = processesIn(dataDir);
  if (leftovers.length === 0 || (await waitUntilGone(leftovers, graceMs))) return;
  const stubborn = leftovers.filter(isRunning);
  log(`ending ${stubborn.length} PostgreSQL process(es) left in ${dataDir} by a dead postmaster: ${stubborn.join(", ")}`);
  for (const pid of stubborn) signal(pid, "SIGKILL");
  await waitUntilGone(stubborn, 5_000);
}

function procStat(pid: number): { state: string; command: string; startTicks: string } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // "pid (command) state ppid …": the command may contain spaces and parentheses.
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  const fields = text.slice(close + 2).split(" ");
  return { command: text.slice(open + 1, close), state: fields[0] ?? "", startTicks: fields[19] ?? "" };
}

function processCwd(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}
