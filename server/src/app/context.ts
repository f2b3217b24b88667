import type { Knex } from "knex";
import type { Logger } from "pino";
import type { Viewer } from "../auth/viewer.ts";
import { ViewerScope } from "../auth/viewer-scope.ts";
import type { Language } from "../i18n/request-context.ts";
import { createLoaders, type Loaders } from "./loaders.ts";

/** The browser session cookie as a resolver may touch it (signIn sets it, signOut clears it). */
export interface SessionCookie {
  token: string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What every resolver receives. */
export interface Context {
  knex: Knex;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
  /** The signed-in user, or null for an anonymous request. */
  viewer: Viewer | null;
  /** What the viewer may read; every repository of unit figures takes it. */
  scope: ViewerScope;
  /** Who is acting, for the audit log. */
  actor: string;
  clientAddress: string;
  language: Language;
  session: SessionCookie;
}

export interface ContextParts {
  knex: Knex;
  logger: Logger;
  requestId: string;
  viewer: Viewer | null;
  clientAddress: string;
  language: Language;
  session: SessionCookie;
}

export function createContext(parts: ContextParts): Context {
  const loaders = createLoaders(parts.knex);
  return {
    ...parts,
    loaders,
    scope: ViewerScope.of(parts.viewer, loaders.finalizedYear),
    actor: parts.viewer ? parts.viewer.username : `anonymous@${parts.clientAddress}`,
  };
}

/**
 * A query operation reads through the replica pool: the request's knex, loaders and scope are
 * rebuilt on it before anything has run (authentication already read the primary).
 */
export function readThrough(context: Context, knex: Knex): void {
  context.knex = knex;
  context.loaders = createLoaders(knex);
  context.scope = ViewerScope.of(context.viewer, context.loaders.finalizedYear);
}

/** After signIn the same request acts as the new user. */
export function actAs(context: Context, viewer: Viewer): void {
  context.viewer = viewer;
  context.actor = viewer.username;
  context.scope = ViewerScope.of(viewer, context.loaders.finalizedYear);
}
