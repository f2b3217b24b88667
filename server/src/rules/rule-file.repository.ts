import { createHash } from "node:crypto";
import type { Knex } from "knex";

export interface StoredFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

/** Uploads nobody attached within a day are dropped (a filing abandoned half-way). */
const PENDING_FOR = "1 day";

const unattached = (knex: Knex) => knex.raw("not exists (select 1 from implementation_rule_attachments a where a.file_id = rule_files.id)");

export async function storeUpload(knex: Knex, file: { fileName: string; contentType: string; content: Buffer; userId: number }): Promise<StoredFile> {
  return knex.transaction(async (trx) => {
    await trx("rule_files")
      .where("uploaded_at", "<", trx.raw(`now() - interval '${PENDING_FOR}'`))
      .whereRaw(unattached(trx))
      .del();
    const [row] = await trx("rule_files")
      .insert({
        file_name: file.fileName,
        content_type: file.contentType,
        size: file.content.length,
        sha256: createHash("sha256").update(file.content).digest("hex"),
        content: file.content,
        uploaded_by: file.userId,
      })
      .returning(["id", "file_name", "content_type", "size"]);
    return { id: String(row.id), fileName: row.file_name, contentType: row.content_type, size: row.size };
  });
}

/**
 * Which of `fileIds` a filing of (unit, year) by `userId` may attach: the user's own uploads not
 * attached anywhere yet, and files of earlier versions of the same unit's rules that year.
 */
export async function attachableFiles(trx: Knex.Transaction, fileIds: number[], userId: number, unitId: number, year: number): Promise<Set<number>> {
  if (fileIds.length === 0) return new Set();
  const rows = await trx("rule_files")
    .whereIn("id", fileIds)
    .where((q) =>
      q
        .where((own) => own.where("uploaded_by", userId).whereRaw(unattached(trx)))
        .orWhereExists(
          trx("implementation_rule_attachments as a")
            .join("implementation_rules as r", "r.id", "a.rule_id")
            .whereRaw("a.file_id = rule_files.id")
            .where({ "r.unit_id": unitId, "r.year": year }),
        ),
    )
    .select("id");
  return new Set(rows.map((r) => Number(r.id)));
}

export interface DownloadableFile extends StoredFile {
  content: Buffer;
  uploadedBy: number | null;
  /** The (unit, year) of every filing that attaches the file. */
  filings: { unitId: number; year: number }[];
}

export async function findFile(knex: Knex, id: number): Promise<DownloadableFile | null> {
  const row = await knex("rule_files").where({ id }).first("id", "file_name", "content_type", "size", "content", "uploaded_by");
  if (!row) return null;
  const filings = await knex("implementation_rule_attachments as a")
    .join("implementation_rules as r", "r.id", "a.rule_id")
    .where("a.file_id", id)
    .distinct("r.unit_id", "r.year");
  return {
    id: String(row.id),
    fileName: row.file_name,
    contentType: row.content_type,
    size: row.size,
    content: row.content,
    uploadedBy: row.uploaded_by,
    filings: filings.map((f) => ({ unitId: f.unit_id, year: f.year })),
  };
}
