import type { Knex } from "knex";
import type { Logger } from "pino";
import type { SignInThrottle } from "../auth/throttle.ts";
import type { Viewer } from "../auth/viewer.ts";
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
  /** Who is acting, for the audit log. */
  actor: string;
  clientAddress: string;
  session: SessionCookie;
  throttle: SignInThrottle;
}

export interface ContextParts {
  knex: Knex;
  logger: Logger;
  requestId: string;
  viewer: Viewer | null;
  clientAddress: string;
  session: SessionCookie;
  throttle: SignInThrottle;
}

export function createContext(parts: ContextParts): Context {
  return {
    ...parts,
    loaders: createLoaders(parts.knex),
    actor: parts.viewer ? parts.viewer.username : `anonymous@${parts.clientAddress}`,
  };
}
