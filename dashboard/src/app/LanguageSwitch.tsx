import { useLang } from "../i18n/I18nProvider.tsx";
import type { Lang } from "../i18n/language.ts";

const OPTIONS: { lang: Lang; label: string }[] = [
  { lang: "zh", label: "中文" },
  { lang: "en", label: "English" },
];

/** 中文 | English — each label in its own language, so it is readable whichever is active. */
export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  return (
    <div className="segmented no-print" role="group" aria-label="Language / 语言">
      {OPTIONS.map((option) => (
        <button
          key={option.lang}
          type="button"
          lang={option.lang === "zh" ? "zh-CN" : "en"}
          className={option.lang === lang ? "segmented__item is-active" : "segmented__item"}
          aria-pressed={option.lang === lang}
          onClick={() => setLang(option.lang)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
