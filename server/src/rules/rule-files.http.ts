import express, { type NextFunction, type Request, type Response, type Router } from "express";
import type { Knex } from "knex";
import type { Logger } from "pino";
import { readBearerToken, sessionCookie } from "../auth/request-auth.ts";
import { Role } from "../auth/role.ts";
import { authenticate } from "../auth/session.service.ts";
import type { Viewer } from "../auth/viewer.ts";
import { ViewerScope } from "../auth/viewer-scope.ts";
import { foreignOrigin } from "../app/origin-check.ts";
import { assignRequestId } from "../app/request-id.ts";
import { isDatabaseUnavailable } from "../app/database-unavailable.ts";
import { type MessageKey, type MessageParams, messageText } from "../i18n/messages.ts";
import { type Language, languageOf } from "../i18n/request-context.ts";
import { createFinalizedYearLoader } from "../years/finalized-years.ts";
import { checkAttachment, MAX_ATTACHMENT_BYTES } from "./attachment-kind.ts";
import { findFile, storeUpload } from "./rule-file.repository.ts";

/** Who may upload: whoever may file rules (fileImplementationRule). */
const UPLOADERS = [Role.CLERK, Role.ADMIN, Role.STATION_HEAD];

const REFUSAL_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
} as const;

class HttpRefusal extends Error {
  constructor(
    readonly code: keyof typeof REFUSAL_STATUS,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
  }
}

/** Refusals in the API's shape and the request's language: `{ errors: [{ message, extensions: { code, reason } }] }`. */
function refuse(res: Response, language: Language, refusal: HttpRefusal): void {
  res.status(REFUSAL_STATUS[refusal.code]).json({
    errors: [{ message: messageText(refusal.key, refusal.params, language), extensions: { code: refusal.code, reason: refusal.key } }],
  });
}

/** Read from the headers: the body parser resumes outside the request's async context. */
const languageOfRequest = (req: Request): Language => {
  const explicit = req.headers["x-language"];
  return languageOf(req.headers["accept-language"], Array.isArray(explicit) ? explicit[0] : explicit);
};

type SignedInRequest = Request & { viewer?: Viewer };

/** The same sign-in as /graphql: the session cookie or `Authorization: Bearer`. */
function signedIn(knex: Knex, allowedOrigins: readonly string[], roles?: Role[]) {
  return async (req: SignedInRequest, res: Response, next: NextFunction) => {
    const viewer = await authenticate(knex, { sessionToken: sessionCookie(req, res, req.secure).token, bearerToken: readBearerToken(req) });
    if (!viewer) throw new HttpRefusal("UNAUTHENTICATED", "SIGN_IN_FIRST");
    if (roles && !roles.some((role) => viewer.roles.includes(role))) {
      throw new HttpRefusal("FORBIDDEN", "NEEDS_ROLE", { operation: `${req.method} ${req.baseUrl}${req.path}`, roles: roles.join(", ") });
    }
    // A change carried by the session cookie must come from this site's pages (as for GraphQL mutations).
    if (req.method !== "GET" && viewer.via === "session") {
      const foreign = foreignOrigin({ origin: req.headers.origin, referer: req.headers.referer, host: req.headers.host }, allowedOrigins);
      if (foreign !== null) throw new HttpRefusal("FORBIDDEN", "ORIGIN_NOT_ALLOWED", { origin: foreign.slice(0, 100) });
    }
    req.viewer = viewer;
    next();
  };
}

/** The file name from `?name=`: its last path segment, 1–200 characters, no control characters. */
function fileNameOf(req: Request): string {
  const raw = typeof req.query.name === "string" ? req.query.name : "";
  const name = raw.split(/[\\/]/).pop()!.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (name.length === 0 || [...name].length > 200 || /[\u0000-\u001f\u007f]/.test(name))
    throw new HttpRefusal("BAD_USER_INPUT", "FILE_NAME_REQUIRED");
  return name;
}

const CHECK_REFUSALS = {
  EMPTY_FILE: ["BAD_USER_INPUT", "FILE_EMPTY"],
  TOO_LARGE: ["PAYLOAD_TOO_LARGE", "FILE_TOO_LARGE"],
  NOT_ALLOWED_TYPE: ["UNSUPPORTED_MEDIA_TYPE", "FILE_TYPE_NOT_ALLOWED"],
  CONTENT_MISMATCH: ["UNSUPPORTED_MEDIA_TYPE", "FILE_CONTENT_MISMATCH"],
  DECLARED_TYPE_MISMATCH: ["UNSUPPORTED_MEDIA_TYPE", "FILE_DECLARED_TYPE_MISMATCH"],
} as const;

/** `filename*` for any name, and a plain ASCII `filename` for old clients. */
function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The doors for 实施细则 attachments beside /graphql:
 *
 * * `POST /api/rule-files?name=细则.pdf` with the file as the request body (any content type; the
 *   content decides): 201 `{ id, fileName, contentType, size }`, to be named in
 *   fileImplementationRule's `attachmentIds`. 400 no name or an empty file, 413 over 10 MB, 415 not a
 *   PDF, DOCX or XLSX, or content that is not what the name says.
 * * `GET /api/rule-files/:id` downloads a file to whoever may read the filing it belongs to (a
 *   station head: their own unit until the year is finalised), or to its uploader before it is
 *   attached; anyone else gets 404.
 */
export function ruleFilesRouter({ knex, logger, allowedOrigins }: { knex: Knex; logger: Logger; allowedOrigins: readonly string[] }): Router {
  const router = express.Router();
  const wrap =
    (handler: (req: SignedInRequest, res: Response, next: NextFunction) => Promise<void>) => (req: Request, res: Response, next: NextFunction) =>
      handler(req, res, next).catch(next);

  router.post(
    "/",
    assignRequestId,
    wrap(signedIn(knex, allowedOrigins, UPLOADERS)),
    express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES }),
    wrap(async (req, res) => {
      const fileName = fileNameOf(req);
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const check = checkAttachment(fileName, content, req.headers["content-type"] ?? "");
      if (!check.ok) {
        const [code, key] = CHECK_REFUSALS[check.reason];
        throw new HttpRefusal(code, key, { name: fileName.slice(0, 100), max: "10 MB" });
      }
      const stored = await storeUpload(knex, { fileName, contentType: check.contentType, content, userId: req.viewer!.userId });
      res.status(201).json(stored);
    }),
  );

  router.get(
    "/:id",
    assignRequestId,
    wrap(signedIn(knex, allowedOrigins)),
    wrap(async (req, res) => {
      const id = String(req.params.id);
      const file = /^\d{1,15}$/.test(id) ? await findFile(knex, Number(id)) : null;
      const viewer = req.viewer!;
      const scope = ViewerScope.of(viewer, createFinalizedYearLoader(knex));
      const visibleFiling = async () => {
        for (const filing of file!.filings) {
          const units = await scope.visibleUnits(filing.year);
          if (units === null || units.includes(filing.unitId)) return true;
        }
        return false;
      };
      const mayRead = file !== null && (file.filings.length === 0 ? file.uploadedBy === viewer.userId : await visibleFiling());
      if (!file || !mayRead) throw new HttpRefusal("NOT_FOUND", "FILE_NOT_FOUND", { id: id.slice(0, 20) });
      res.setHeader("content-type", file.contentType);
      res.setHeader("content-length", String(file.content.length));
      res.setHeader("content-disposition", contentDisposition(file.contentType === "application/pdf" ? "inline" : "attachment", file.fileName));
      res.setHeader("cache-control", "private, no-store");
      res.end(file.content);
    }),
  );

  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    const language = languageOfRequest(req);
    if (error instanceof HttpRefusal) return refuse(res, language, error);
    const parserError = error as { type?: string };
    if (parserError.type === "entity.too.large")
      return refuse(res, language, new HttpRefusal("PAYLOAD_TOO_LARGE", "FILE_TOO_LARGE", { max: "10 MB" }));
    if (isDatabaseUnavailable(error)) {
      res.setHeader("retry-after", "5");
      res.status(503).json({
        errors: [{ message: messageText("DATABASE_UNAVAILABLE", {}, language), extensions: { code: "DATABASE_UNAVAILABLE", retryable: true } }],
      });
      return;
    }
    logger.error({ err: error }, "rule file request failed");
    next(error);
  });
  return router;
}
