import type { Bilingual, DimensionResult, ExplanationPart, Language } from "./types.ts";

// Labels are a few dozen constants repeated in every unit's result: one shared, frozen object each
// instead of thousands of copies for the collector to trace.
const labels = new Map<string, Bilingual>();

export function part(zh: string, en: string, value: string): ExplanationPart {
  let label = labels.get(zh);
  if (label === undefined || label.en !== en) {
    label = Object.freeze({ zh, en });
    if (labels.size < 256) labels.set(zh, label);
  }
  return { label, value };
}

/** Joins formula steps the way each language punctuates a sequence. */
export function steps(first: Bilingual, second: Bilingual): Bilingual {
  return { zh: `${first.zh};${second.zh}`, en: `${first.en}; ${second.en}` };
}

/** The same text in both languages (pure arithmetic reads the same in each). */
export function both(text: string): Bilingual {
  return { zh: text, en: text };
}

/**
 * Text in both languages, each built on its first read and then kept. A request asks for one
 * language, so the other is usually never built; JSON (a frozen result, the cache) reads both
 * through the getters, which are own and enumerable like plain fields.
 */
export function lazyBilingual(build: (language: Language) => string): Bilingual {
  let zh: string | undefined;
  let en: string | undefined;
  return {
    get zh() {
      zh ??= build("zh");
      return zh;
    },
    get en() {
      en ??= build("en");
      return en;
    },
  };
}

/**
 * The readable explanation of a dimension: its inputs, any extra sentences (which raters counted,
 * why the dimension does not count), then the formula. Built from the very strings the scorer
 * produced, so the text can never disagree with the score; built lazily (lazyBilingual), from
 * parts that are never changed once the result is returned.
 */
export function buildExplanation(inputs: ExplanationPart[], formula: Bilingual, extra: Bilingual[] = []): Bilingual {
  return lazyBilingual((language) => (language === "zh" ? zhExplanation(inputs, formula, extra) : enExplanation(inputs, formula, extra)));
}

// Joined rather than concatenated: `+=` leaves a rope of pieces, which the first JSON.stringify of
// a fresh answer then flattens, 4,000 times for a 1,000-unit year (about 2.5× the stringify's time).
function zhExplanation(inputs: ExplanationPart[], formula: Bilingual, extra: Bilingual[]): string {
  const pieces: string[] = [];
  for (const p of inputs) pieces.push(pieces.length === 0 ? "" : ";", p.label.zh, " ", p.value);
  pieces.push("。");
  for (const e of extra) pieces.push(e.zh);
  pieces.push("计算:", formula.zh);
  return pieces.join("");
}

function enExplanation(inputs: ExplanationPart[], formula: Bilingual, extra: Bilingual[]): string {
  const pieces: string[] = [];
  for (const p of inputs) pieces.push(pieces.length === 0 ? "" : "; ", p.label.en, " ", p.value);
  pieces.push(".");
  for (const e of extra) pieces.push(" ", e.en);
  pieces.push(" Formula: ", formula.en);
  return pieces.join("");
}

export function explanationText(d: DimensionResult, language: Language): string {
  return d.explanation[language];
}
