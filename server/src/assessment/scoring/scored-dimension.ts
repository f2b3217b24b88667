import type { Dimension } from "../../common/enums.ts";
import { type ExplanationSource, explanationOf, LazyBilingual } from "./explain.ts";
import type { Bilingual, CommitteeAggregate, DimensionResult, ExplanationPart, Language } from "./types.ts";

/** The fields of a dimension's result that are values, not texts. */
export type DimensionValues = Pick<DimensionResult, "dimension" | "applicable" | "score" | "weight" | "objective" | "committee">;

/**
 * A dimension's result whose texts (inputs, formula, explanation) are written from the few facts
 * the scorer kept, when first read. Scoring a year computes every score, but a reader asks for
 * some texts of some units (the ranking for none, an explanation in one language): built eagerly,
 * the texts were most of a scored year's garbage and of what it kept (every number formatted, the
 * formula's pieces, 26 parts a unit). `describe` is a pure function of the facts, so texts built
 * at any time are the texts the score was computed with.
 *
 * The inputs and the formula, once read, are kept (their reader reads them again, as the
 * dashboard's explanation panel does); the explanation keeps only its own text, built from them
 * or, when nobody has read them, from texts written for it and then dropped. JSON (a frozen year,
 * the golden snapshot) writes every field in the order of a plain result.
 */
export class ScoredDimension<F> implements DimensionResult {
  readonly dimension: Dimension;
  readonly applicable: boolean;
  readonly score: string | null;
  readonly weight: number;
  readonly objective?: string;
  readonly committee?: CommitteeAggregate;
  readonly explanation: Bilingual = new DimensionExplanation(this);
  #texts: ExplanationSource | undefined;

  constructor(
    values: DimensionValues,
    private readonly facts: F,
    private readonly describe: (facts: F) => ExplanationSource,
  ) {
    this.dimension = values.dimension;
    this.applicable = values.applicable;
    this.score = values.score;
    this.weight = values.weight;
    this.objective = values.objective;
    this.committee = values.committee;
  }

  get inputs(): ExplanationPart[] {
    return this.texts().inputs;
  }

  get formula(): Bilingual {
    return this.texts().formula;
  }

  /** The texts, written on the first read and kept. */
  texts(): ExplanationSource {
    this.#texts ??= this.describe(this.facts);
    return this.#texts;
  }

  /** The texts for the explanation alone: the kept ones, or ones written now and not kept. */
  textsForExplanation(): ExplanationSource {
    return this.#texts ?? this.describe(this.facts);
  }

  toJSON(): DimensionResult {
    const { dimension, applicable, score, weight, objective, committee, inputs, formula, explanation } = this;
    return { dimension, applicable, score, weight, objective, committee, inputs, formula, explanation };
  }
}

class DimensionExplanation extends LazyBilingual {
  readonly #dimension: { textsForExplanation(): ExplanationSource };

  constructor(dimension: { textsForExplanation(): ExplanationSource }) {
    super();
    this.#dimension = dimension;
  }

  protected build(language: Language): string {
    return explanationOf(this.#dimension.textsForExplanation(), language);
  }
}
