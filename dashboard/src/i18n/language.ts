/** The two interface languages; Chinese is the default. */
export type Lang = "zh" | "en";

export const DEFAULT_LANG: Lang = "zh";
export const LANG_STORAGE_KEY = "station.lang";

export const isLang = (value: unknown): value is Lang => value === "zh" || value === "en";

/** The API's `Language` enum value for explanation texts. */
export const apiLanguage = (lang: Lang): "EN" | "ZH" => (lang === "en" ? "EN" : "ZH");

/** The URL's `lang` wins (a shared link shows what its sender saw), then the stored choice. */
export function initialLang(search: string, stored: string | null): Lang {
  const fromUrl = new URLSearchParams(search).get("lang");
  if (isLang(fromUrl)) return fromUrl;
  return isLang(stored) ? stored : DEFAULT_LANG;
}
