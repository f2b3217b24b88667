import { randomUUID } from "node:crypto";
import type { Knex } from "knex";
import type { Logger } from "pino";
import type { Viewer } from "./viewer.ts";

/** The channel the credential-change triggers notify (migration 20261212000100_credential_change_notices). */
const CREDENTIALS_CHANNEL = "station_credentials";
/** How long a viewer is kept at most: also how stale a token's recorded last use may get (one minute more). */
const KEEP_MS = 60_000;
const MAX_ENTRIES = 10_000;
const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 10_000;
const HEARTBEAT_MS = 15_000;

/**
 * Who a token or session belongs to, kept for up to a minute so that a request does not need a
 * statement of its own to find out (the sign-in statement was a third of a cheap query's work).
 *
 * Kept only while this instance listens to PostgreSQL's credential notices: any revocation,
 * sign-out, expiry change, disabled or changed user (migration credential_change_notices) clears
 * it on every instance as its transaction commits. While the listening connection is down (the
 * database restarts) nothing is kept and every request reads its viewer, as it would without
 * this cache. A failed sign-in is never kept, nor a credential past its own expiry.
 *
 * A reader that started before a notice arrived never stores what it read (the generation it
 * began in is over), so a viewer read just before a revocation cannot outlive the notice.
 */
export class ViewerCache {
  #entries = new Map<string, { viewer: Viewer; until: number }>();
  #generation = 0;
  #listening = false;

  get(key: string, now = Date.now()): Viewer | undefined {
    if (!this.#listening) return undefined;
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.until > now) return entry.viewer;
    this.#entries.delete(key);
    return undefined;
  }

  /** Taken before reading a viewer, handed to `put` after. */
  ticket(): number {
    return this.#generation;
  }

  /** Keeps a viewer read under `ticket` until its credential expires, a minute at most. */
  put(ticket: number, key: string, viewer: Viewer, expiresAt: Date | null, now = Date.now()): void {
    if (!this.#listening || ticket !== this.#generation) return;
    const until = Math.min(now + KEEP_MS, expiresAt ? expiresAt.getTime() : Number.POSITIVE_INFINITY);
    if (until <= now) return;
    // Many credentials at once (a scripted run of tokens): start again rather than track ages.
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    // Shared by every request of this credential from now on: no request may change it for the others.
    Object.freeze(viewer.roles);
    this.#entries.set(key, { viewer: Object.freeze(viewer), until });
  }

  /** Forgets every viewer, including those being read right now. */
  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }

  /** Whether notices arrive; set by the listener (and by tests). */
  setListening(listening: boolean): void {
    this.#listening = listening;
    this.clear();
  }
}

interface ListeningConnection {
  query(sql: string): Promise<unknown>;
  on(event: "notification", listener: (message: { payload?: string }) => void): void;
  on(event: "error" | "end", listener: (error?: unknown) => void): void;
  end(): Promise<void>;
}

export interface ViewerCacheOptions {
  /** How often the instance checks that its notices still arrive (default 15 s). */
  heartbeatMs?: number;
  /** Where that check's own notice is sent from (default: the same database); tests point it elsewhere. */
  heartbeatKnex?: Knex;
}

/**
 * A viewer cache fed by its own connection to the primary LISTENing for credential notices,
 * reconnecting (500 ms, doubling to 10 s) whenever that connection is lost. `started` settles
 * once the first attempt to listen has succeeded or failed, so a server starting beside a
 * running database keeps viewers from its first request.
 *
 * A connection can also stay open and hear nothing (a pooler in transaction mode between the
 * server and PostgreSQL keeps no LISTEN): every heartbeat the instance sends itself a notice of
 * its own through the pool, and when the last one has not come back it stops keeping viewers and
 * listens again. The credential triggers' notices are empty; heartbeats carry a payload and clear
 * nothing.
 */
export function startViewerCache(
  knex: Knex,
  logger: Logger,
  { heartbeatMs = HEARTBEAT_MS, heartbeatKnex = knex }: ViewerCacheOptions = {},
): { cache: ViewerCache; started: Promise<void>; stop(): Promise<void> } {
  const cache = new ViewerCache();
  let connection: ListeningConnection | null = null;
  let retry: NodeJS.Timeout | null = null;
  let delay = RETRY_FIRST_MS;
  let stopped = false;
  /** The heartbeat notice sent and not heard yet. */
  let awaited: string | null = null;
  const heartbeat = setInterval(() => {
    const current = connection;
    if (!current) return;
    if (awaited !== null) {
      lost(current, new Error("its own notice did not come back: the connection hears no notices"));
      return;
    }
    const payload = `heartbeat:${randomUUID()}`;
    awaited = payload;
    // Unanswered (the database is away): the connection's own error ends it, not this.
    heartbeatKnex.raw("select pg_notify(?, ?)", [CREDENTIALS_CHANNEL, payload]).catch(() => {
      if (awaited === payload) awaited = null;
    });
  }, heartbeatMs);
  heartbeat.unref();

  const lost = (which: ListeningConnection, error?: unknown) => {
    if (connection !== which) return; // the error and the end of one connection: once
    connection = null;
    awaited = null;
    cache.setListening(false);
    which.end().catch(() => {});
    if (stopped) return;
    logger.warn({ err: error }, "lost the credential notices; reading every request's viewer until they are back");
    schedule();
  };
  const schedule = () => {
    retry = setTimeout(() => {
      retry = null;
      void listen();
    }, delay);
    delay = Math.min(delay * 2, RETRY_MAX_MS);
  };
  const listen = async () => {
    let opened: ListeningConnection | null = null;
    try {
      // A connection of its own, outside the pool: it stays in LISTEN for the life of the server.
      opened = (await knex.client.acquireRawConnection()) as ListeningConnection;
      if (stopped) {
        await opened.end().catch(() => {});
        return;
      }
      const current = opened;
      connection = current;
      current.on("notification", ({ payload }) => {
        if (!payload) cache.clear();
        else if (payload === awaited) awaited = null;
      });
      current.on("error", (error) => lost(current, error));
      current.on("end", () => lost(current));
      await current.query(`listen ${CREDENTIALS_CHANNEL}`);
      if (stopped || connection !== current) return;
      cache.setListening(true);
      delay = RETRY_FIRST_MS;
    } catch (error) {
      if (opened && connection === opened) lost(opened, error);
      else if (!stopped) schedule();
    }
  };
  const started = listen();

  return {
    cache,
    started,
    async stop() {
      stopped = true;
      clearInterval(heartbeat);
      if (retry) clearTimeout(retry);
      cache.setListening(false);
      const open = connection;
      connection = null;
      await open?.end().catch(() => {});
    },
  };
}
