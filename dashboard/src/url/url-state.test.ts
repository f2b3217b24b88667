import { describe, expect, it } from "vitest";
import { hrefKeepingSticky, parseYear, withParams } from "./url-state.ts";
import { initialLang } from "../i18n/language.ts";

describe("URL state", () => {
  it("changes and removes search parameters", () => {
    expect(withParams("?year=2025&unit=north", { unit: "south" })).toBe("?year=2025&unit=south");
    expect(withParams("?year=2025&unit=north", { unit: null })).toBe("?year=2025");
    expect(withParams("", { year: 2024 })).toBe("?year=2024");
    expect(withParams("?year=2025", { year: "" })).toBe("");
  });

  it("keeps year, unit and language when switching views, drops view-specific ones", () => {
    expect(hrefKeepingSticky("/pay", "?year=2024&unit=east&lang=en&quarter=2")).toBe("/pay?year=2024&unit=east&lang=en");
    expect(hrefKeepingSticky("/pay", "")).toBe("/pay");
  });

  it("parses years", () => {
    expect(parseYear("2025")).toBe(2025);
    expect(parseYear("25")).toBeNull();
    expect(parseYear(null)).toBeNull();
  });

  it("takes the language from the URL first, then storage, else Chinese", () => {
    expect(initialLang("?lang=en", "zh")).toBe("en");
    expect(initialLang("", "en")).toBe("en");
    expect(initialLang("?lang=fr", null)).toBe("zh");
  });
});
