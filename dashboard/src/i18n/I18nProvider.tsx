import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { setRequestLanguage } from "../api/apollo.ts";
import { setSearchParams } from "../url/url-state.ts";
import { initialLang, LANG_STORAGE_KEY, type Lang } from "./language.ts";
import type { Strings } from "./strings.ts";

interface I18nState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18nState>({ lang: "zh", setLang: () => {} });

function readStored(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null; // storage disabled: the URL and the default still work
  }
}

/** Holds the interface language: from the URL `lang`, else localStorage, else Chinese. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang(location.search, readStored()));
  // Set during render, not in an effect: children's first queries run before this component's effects.
  setRequestLanguage(lang);

  // Back/forward to a URL with another `lang` switches the language with it.
  useEffect(() => {
    const onPop = () => {
      const fromUrl = new URLSearchParams(location.search).get("lang");
      if (fromUrl === "zh" || fromUrl === "en") setLangState(fromUrl);
    };
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // not persisted; the URL still carries it
    }
    setSearchParams({ lang: next }, { replace: true });
  }, []);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and a setter (persisted in localStorage and the URL). */
export const useLang = () => useContext(I18nContext);

/** A view's texts in the current language: `const t = useStrings(assessmentStrings)`. */
export function useStrings<T>(strings: Strings<T>): T {
  return strings[useContext(I18nContext).lang];
}
