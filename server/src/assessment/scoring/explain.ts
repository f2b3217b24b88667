import type { Bilingual, DimensionResult, ExplanationPart, Language } from "./types.ts";

export function part(zh: string, en: string, value: string): ExplanationPart {
  return { label: { zh, en }, value };
}

/** Joins formula steps the way each language punctuates a sequence. */
export function steps(...parts: Bilingual[]): Bilingual {
  return { zh: parts.map((p) => p.zh).join(";"), en: parts.map((p) => p.en).join("; ") };
}

/** The same text in both languages (pure arithmetic reads the same in each). */
export function both(text: string): Bilingual {
  return { zh: text, en: text };
}

/**
 * The readable explanation of a dimension: its inputs, any extra sentences (which raters counted,
 * why the dimension does not count), then the formula. Built from the very strings the scorer
 * produced, so the text can never disagree with the score.
 */
export function buildExplanation(inputs: ExplanationPart[], formula: Bilingual, extra: Bilingual[] = []): Bilingual {
  const zhInputs = inputs.map((p) => `${p.label.zh} ${p.value}`).join(";");
  const enInputs = inputs.map((p) => `${p.label.en} ${p.value}`).join("; ");
  const zhExtra = extra.map((e) => e.zh).join("");
  const enExtra = extra.map((e) => ` ${e.en}`).join("");
  return {
    zh: `${zhInputs}。${zhExtra}计算:${formula.zh}`,
    en: `${enInputs}.${enExtra} Formula: ${formula.en}`,
  };
}

export function explanationText(d: DimensionResult, language: Language): string {
  return d.explanation[language];
}
