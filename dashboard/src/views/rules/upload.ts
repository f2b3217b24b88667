import type { Lang } from "../../i18n/language.ts";

export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

/**
 * Sends one attachment to POST /api/rule-files with the session cookie; the server checks its
 * content and size and answers its id, or a refusal in the interface language.
 */
export async function uploadRuleFile(file: File, lang: Lang): Promise<{ ok: true; file: UploadedFile } | { ok: false; reason: string }> {
  const response = await fetch(`/api/rule-files?name=${encodeURIComponent(file.name)}`, {
    method: "POST",
    headers: { "x-language": lang, "content-type": file.type || "application/octet-stream" },
    body: file,
  });
  const body = await response.json().catch(() => null);
  if (response.status === 201 && body?.id) return { ok: true, file: body as UploadedFile };
  return { ok: false, reason: body?.errors?.[0]?.message ?? `HTTP ${response.status}` };
}
