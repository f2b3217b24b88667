import busboy from "busboy";
import express, { type Request, type Response, type Router } from "express";
import type { Knex } from "knex";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Logger } from "pino";
import { DomainError } from "../common/errors.ts";
import { ImportFileError } from "../import/import-errors.ts";
import { IMPORT_KIND_NAMES, type ImportKindName } from "../import/import-kind.ts";
import { IMPORT_KINDS } from "../import/import-kinds.ts";
import { runImport } from "../import/import.service.ts";
import { currentLanguage } from "../i18n/request-context.ts";

import { isYear } from "../years/year.ts";
import { refuse, refuseDomainError, signedInCaller } from "./http-door.ts";

/**
 * Large enough for the 1,000-unit year's 156,000 revenue rows (about 9 MB as CSV, 6 MB as XLSX),
 * small enough that a 50 MB upload is refused (413) before it is read.
 */
export const IMPORT_FILE_LIMIT_MB = 40;
const LIMIT_BYTES = IMPORT_FILE_LIMIT_MB * 1024 * 1024;

interface Upload {
  path: string;
  fileName: string;
  fields: Record<string, string>;
  dir: string;
}

/**
 * POST /api/import?kind=revenue&dryRun=true|false — multipart form field `file` (.xlsx or .csv),
 * optional fields or query parameters `sheet`, `mapping` (JSON: header → field) and `year`
 * (contracts). Answers the check report: 200 for a check or a stored import, 422 when rows are
 * invalid or conflict (nothing stored), 400/401/403/413/415 for a request that is not a usable file.
 */
export function importRouter(knex: Knex, logger: Logger, allowedOrigins: readonly string[]): Router {
  const router = express.Router();
  router.post("/", async (req, res) => {
    const kindName = String(req.query.kind ?? "");
    if (!(IMPORT_KIND_NAMES as readonly string[]).includes(kindName)) {
      return refuse(res, 400, "BAD_USER_INPUT", "IMPORT_UNKNOWN_KIND", { kind: kindName.slice(0, 40), allowed: IMPORT_KIND_NAMES.join(", ") });
    }
    const { kind, roles } = IMPORT_KINDS[kindName as ImportKindName];
    const viewer = await signedInCaller(knex, req, res, { roles, operation: `import ${kindName}`, changes: true, allowedOrigins });
    if (!viewer) return;
    if (Number(req.headers["content-length"] ?? 0) > LIMIT_BYTES + 1024 * 1024) return tooLarge(req, res);

    let upload: Upload | null = null;
    try {
      upload = await receiveFile(req);
      const field = (name: string) => upload?.fields[name] ?? (typeof req.query[name] === "string" ? (req.query[name] as string) : undefined);
      const dryRun = field("dryRun") !== "false";
      const year = field("year") === undefined ? undefined : Number(field("year"));
      if (year !== undefined && !isYear(year)) return refuse(res, 400, "BAD_USER_INPUT", "INVALID_INPUT", { details: `year ${field("year")}` });
      let mapping: Record<string, string> | undefined;
      if (field("mapping")) {
        try {
          mapping = JSON.parse(field("mapping")!) as Record<string, string>;
        } catch {
          return refuse(res, 400, "BAD_USER_INPUT", "BODY_NOT_JSON");
        }
      }
      const { status, report } = await runImport(knex, {
        kind,
        path: upload.path,
        fileName: upload.fileName,
        dryRun,
        sheet: field("sheet") || undefined,
        mapping,
        year,
        actor: viewer.username,
        language: currentLanguage(),
      });
      res.status(status).json(report);
    } catch (error) {
      if (error instanceof ImportFileError) {
        if (error.status === 413) return tooLarge(req, res);
        return refuse(res, error.status, error.status === 422 ? "UNPROCESSABLE_FILE" : "BAD_FILE", error.key, error.params, error.details);
      }
      if (error instanceof DomainError) return refuseDomainError(res, error);
      logger.error({ err: error }, "import failed");
      refuse(res, 500, "INTERNAL_SERVER_ERROR", "INTERNAL", { requestId: String(res.locals.requestId ?? "") }, { requestId: res.locals.requestId });
    } finally {
      if (upload) await rm(upload.dir, { recursive: true, force: true });
    }
  });
  return router;
}

function tooLarge(req: Request, res: Response): void {
  // Say so at once and close the connection: reading 50 MB only to refuse it helps no one.
  res.setHeader("connection", "close");
  refuse(res, 413, "PAYLOAD_TOO_LARGE", "IMPORT_TOO_LARGE", { limit: IMPORT_FILE_LIMIT_MB });
  req.unpipe();
  req.resume();
}

/** Streams the form's `file` into a private temporary file (never whole in memory); refuses one over the limit. */
async function receiveFile(req: Request): Promise<Upload> {
  const dir = await mkdtemp(path.join(tmpdir(), "station-import-"));
  const fields: Record<string, string> = {};
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, defParamCharset: "utf8", limits: { fileSize: LIMIT_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024 } });
  } catch {
    await rm(dir, { recursive: true, force: true });
    throw new ImportFileError(400, "IMPORT_NO_FILE");
  }
  return new Promise<Upload>((resolve, reject) => {
    let file: Promise<{ path: string; fileName: string; truncated: boolean }> | null = null;
    const fail = (error: unknown) => {
      void rm(dir, { recursive: true, force: true });
      reject(error);
    };
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== "file" || file) {
        stream.resume();
        return;
      }
      const target = path.join(dir, "upload");
      const fileName = info.filename || "upload";
      file = new Promise((done, failed) => {
        let truncated = false;
        stream.on("limit", () => {
          truncated = true;
        });
        const out = createWriteStream(target);
        stream.pipe(out);
        out.on("finish", () => done({ path: target, fileName, truncated }));
        out.on("error", failed);
      });
    });
    parser.on("error", () => fail(new ImportFileError(400, "IMPORT_NO_FILE")));
    parser.on("close", async () => {
      if (!file) return fail(new ImportFileError(400, "IMPORT_NO_FILE"));
      try {
        const received = await file;
        if (received.truncated) return fail(new ImportFileError(413, "IMPORT_TOO_LARGE", { limit: IMPORT_FILE_LIMIT_MB }));
        resolve({ path: received.path, fileName: received.fileName, fields, dir });
      } catch (error) {
        fail(error);
      }
    });
    req.pipe(parser);
  });
}
