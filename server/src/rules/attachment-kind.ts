/**
 * What an attachment of 实施细则 may be, told by its content, not by what the browser claims:
 * PDF starts with `%PDF-`; DOCX and XLSX are zip archives (`PK\x03\x04`) whose central directory
 * lists `word/…` resp. `xl/…` parts. A file whose content is not what its name says is refused.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ATTACHMENT_KINDS = {
  pdf: { contentType: "application/pdf" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
} as const;

export type AttachmentExtension = keyof typeof ATTACHMENT_KINDS;

export type AttachmentCheck =
  | { ok: true; extension: AttachmentExtension; contentType: string }
  | { ok: false; reason: "EMPTY_FILE" | "TOO_LARGE" | "NOT_ALLOWED_TYPE" | "CONTENT_MISMATCH" | "DECLARED_TYPE_MISMATCH" };

export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return match ? match[1].toLowerCase() : "";
}

const isAllowed = (extension: string): extension is AttachmentExtension => Object.hasOwn(ATTACHMENT_KINDS, extension);

/** Content types a browser or script may declare for any file (they say nothing). */
const UNSPECIFIC_TYPES = new Set(["", "application/octet-stream", "binary/octet-stream", "application/zip", "application/x-zip-compressed"]);

/** The kind of a file by its name, checked against its bytes and the declared content type. */
export function checkAttachment(fileName: string, bytes: Uint8Array, declaredType = ""): AttachmentCheck {
  if (bytes.length === 0) return { ok: false, reason: "EMPTY_FILE" };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, reason: "TOO_LARGE" };
  const extension = extensionOf(fileName);
  if (!isAllowed(extension)) return { ok: false, reason: "NOT_ALLOWED_TYPE" };
  const { contentType } = ATTACHMENT_KINDS[extension];
  const declared = declaredType.split(";")[0].trim().toLowerCase();
  if (!UNSPECIFIC_TYPES.has(declared) && declared !== contentType) return { ok: false, reason: "DECLARED_TYPE_MISMATCH" };
  const matches = extension === "pdf" ? startsWith(bytes, "%PDF-") : zipHasPart(bytes, extension === "docx" ? "word/" : "xl/");
  return matches ? { ok: true, extension, contentType } : { ok: false, reason: "CONTENT_MISMATCH" };
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/**
 * Whether a zip archive lists an entry whose name starts with `prefix`. Reads the central
 * directory (found through the end record within the last 64 kB + 22 bytes), which is where
 * every zip writer lists its parts, also when the local headers use data descriptors.
 */
export function zipHasPart(bytes: Uint8Array, prefix: string): boolean {
  if (!startsWith(bytes, "PK\x03\x04")) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return false;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) return false;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return false;
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (name.startsWith(prefix)) return true;
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return false;
}
