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
 * language, so the other is usually never built. The getters live on the prototype: thousands of
 * these per year, and per-instance getters (two closures, their contexts and a dictionary-mode
 * object each) were a third of a scored year's memory. JSON (a frozen result, the golden
 * snapshot) writes both texts through toJSON, as plain { zh, en }.
 */
export abstract class LazyBilingual implements Bilingual {
  #zh: string | undefined;
  #en: string | undefined;

  protected abstract build(language: Language): string;

  get zh(): string {
    this.#zh ??= this.build("zh");
    return this.#zh;
  }

  get en(): string {
    this.#en ??= this.build("en");
    return this.#en;
  }

  toJSON(): Bilingual {
    return { zh: this.zh, en: this.en };
  }
}

/** What a dimension's explanation is built from. */
export interface ExplanationSource {
  inputs: ExplanationPart[];
  formula: Bilingual;
  /** Sentences between the inputs and the formula (which raters counted, why the dimension does not count). */
  extra: Bilingual[];
}

/**
 * The readable explanation of a dimension: its inputs, any extra sentences, then the formula.
 * Built from the very strings the scorer's texts hold, so the text can never disagree with the
 * score; built lazily, from parts that are never changed once the result is returned.
 */
class Explanation extends LazyBilingual {
  constructor(private readonly source: ExplanationSource) {
    super();
  }

  protected build(language: Language): string {
    return explanationOf(this.source, language);
  }
}

export function buildExplanation(inputs: ExplanationPart[], formula: Bilingual, extra: Bilingual[] = NO_EXTRA): Bilingual {
  return new Explanation({ inputs, formula, extra });
}

export const NO_EXTRA: Bilingual[] = [];

/** The explanation's text in one language. */
export function explanationOf({ inputs, formula, extra }: ExplanationSource, language: Language): string {
  return language === "zh" ? zhExplanation(inputs, formula, extra) : enExplanation(inputs, formula, extra);
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
