import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { describeError, invalidFields } from "../../api/errors.ts";
import { useUnits } from "../../app/use-units.ts";
import { defaultEntryDate } from "../../format/date.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { renderMarkdown } from "./markdown.ts";
import { FileRuleMutation } from "./rules-queries.ts";
import { rulesStrings } from "./rules-strings.ts";
import { uploadRuleFile } from "./upload.ts";

interface Props {
  year: number;
  /** The units the viewer may file for (a station head: their own). */
  unitCodes: readonly string[];
  initialUnit: string;
  /** The version in force of the unit, if any: its title and text start the new one, its files may be kept. */
  previous: { title: string; text: string; attachments: readonly { id: string; fileName: string }[] } | null;
  onDone: (filed: { unitCode: string; version: number } | null) => void;
}

/**
 * 报备: title, Markdown text (with a preview), the filing day (in the selected year) and
 * attachments. Files are uploaded first (each checked by the server: type by content, ≤ 10 MB);
 * only when every one is accepted is the version filed, so nothing is half-filed.
 */
export function RuleFileForm({ year, unitCodes, initialUnit, previous, onDone }: Props) {
  const t = useStrings(rulesStrings);
  const { lang } = useLang();
  const { name } = useUnits();
  const [unitCode, setUnitCode] = useState(initialUnit);
  const [title, setTitle] = useState(previous?.title ?? `${name(initialUnit)}${year}年实施细则`);
  const [text, setText] = useState(previous?.text ?? "");
  const [filedOn, setFiledOn] = useState(defaultEntryDate(year));
  const [files, setFiles] = useState<File[]>([]);
  const [keep, setKeep] = useState(true);
  const [previewing, setPreviewing] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [file, { loading }] = useMutation(FileRuleMutation, { refetchQueries: "active", awaitRefetchQueries: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setUploadErrors([]);
    const ids: string[] = keep && previous ? previous.attachments.map((a) => a.id) : [];
    const refused: string[] = [];
    for (const chosen of files) {
      setProgress(t.uploading(chosen.name));
      const answer = await uploadRuleFile(chosen, lang);
      if (answer.ok) ids.push(answer.file.id);
      else refused.push(t.uploadFailed(chosen.name, answer.reason));
    }
    setProgress(null);
    if (refused.length > 0) {
      setUploadErrors(refused);
      return;
    }
    try {
      const result = await file({ variables: { input: { unitCode, year, title: title.trim(), text, filedOn, attachmentIds: ids } } });
      const filed = result.data?.fileImplementationRule;
      onDone(filed ? { unitCode: filed.unit.code, version: filed.version } : null);
    } catch (error) {
      setFieldErrors(Object.fromEntries(invalidFields(error).map((f) => [f.field, f.reason])));
      setFailure(error);
    }
  }

  const busy = loading || progress !== null;
  return (
    <form className="card rule-form" onSubmit={submit} aria-label={t.fileTitle(name(unitCode))}>
      <h2>{t.fileTitle(name(unitCode))}</h2>
      <div className="rule-form__grid">
        <label className="field">
          <span>{t.unit}</span>
          <select name="unitCode" value={unitCode} onChange={(e) => setUnitCode(e.target.value)} disabled={unitCodes.length < 2}>
            {unitCodes.map((code) => (
              <option key={code} value={code}>
                {name(code)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.filedOn}</span>
          <input
            type="date"
            name="filedOn"
            value={filedOn}
            onChange={(e) => setFiledOn(e.target.value)}
            required
            aria-invalid={!!fieldErrors.filedOn}
          />
        </label>
        <label className="field rule-form__wide">
          <span>{t.ruleTitle}</span>
          <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} aria-invalid={!!fieldErrors.title} />
          {fieldErrors.title && <span className="field-error">{fieldErrors.title}</span>}
        </label>
      </div>
      <div className="rule-form__text">
        <div className="segmented" role="group">
          <button type="button" className={previewing ? "" : "is-active"} aria-pressed={!previewing} onClick={() => setPreviewing(false)}>
            {t.edit}
          </button>
          <button type="button" className={previewing ? "is-active" : ""} aria-pressed={previewing} onClick={() => setPreviewing(true)}>
            {t.preview}
          </button>
        </div>
        {previewing ? (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it with raw HTML off and only http(s)/mailto links (markdown.ts)
          <div className="rule-text" dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />
        ) : (
          <label className="field">
            <span>{t.text}</span>
            <textarea
              name="text"
              rows={12}
              value={text}
              onChange={(e) => setText(e.target.value)}
              required
              maxLength={50000}
              aria-invalid={!!fieldErrors.text}
            />
            {fieldErrors.text && <span className="field-error">{fieldErrors.text}</span>}
          </label>
        )}
      </div>
      {previous && previous.attachments.length > 0 && (
        <label className="rule-form__keep">
          <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} /> {t.keepAttachments}:{" "}
          {previous.attachments.map((a) => a.fileName).join("、")}
        </label>
      )}
      <label className="field">
        <span>{t.attachmentsField}</span>
        <input
          type="file"
          name="attachments"
          multiple
          accept=".pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
      </label>
      {progress && (
        <p className="muted" role="status">
          {progress}
        </p>
      )}
      {uploadErrors.length > 0 && (
        <div className="alert alert--error" role="alert">
          <ul className="plain-list">
            {uploadErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {failure ? (
        <div className="alert alert--error" role="alert">
          {describeError(failure)}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => onDone(null)}>
          {t.cancel}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy || !title.trim() || !text.trim()}>
          {busy ? t.submitting : t.submit}
        </button>
      </div>
    </form>
  );
}
