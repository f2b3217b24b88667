import { useRef, useState } from "react";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { tokensStrings } from "./tokens-strings.ts";

/**
 * Read-only text with a copy button. The Clipboard API needs a secure context, which a
 * dashboard served over plain http on the office network is not: then fall back to selecting
 * the text and execCommand("copy"), and if even that fails, leave it selected for Ctrl+C.
 */
export function CopyBox({ label, value, multiline }: { label: string; value: string; multiline?: boolean }) {
  const t = useStrings(tokensStrings);
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      ref.current?.select();
      setState(document.execCommand?.("copy") ? "copied" : "failed");
    }
  }

  const common = {
    ref,
    readOnly: true,
    value,
    "aria-label": label,
    onFocus: () => ref.current?.select(),
    className: "copy-box__text",
    spellCheck: false,
  };
  return (
    <div className="copy-box">
      <span className="copy-box__label">{label}</span>
      <div className="copy-box__row">
        {multiline ? <textarea rows={3} {...common} /> : <input {...common} />}
        <button type="button" className="btn" onClick={copy}>
          {state === "copied" ? t.copied : t.copy}
        </button>
      </div>
      {state === "failed" && <span className="field-error">{t.copyFailed}</span>}
    </div>
  );
}
