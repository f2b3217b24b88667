import { DomainError } from "../common/errors.ts";
import { messageText } from "../i18n/messages.ts";
import type { Language } from "../i18n/request-context.ts";

export interface LackingUnit {
  unitCode: string;
  missing: { dimension: string; have: number; need: number }[];
}

/** Finalisation refused while units lack committee scores: each unit and what it lacks. */
export class IncompleteAssessmentError extends DomainError {
  constructor(
    readonly year: number,
    readonly lacking: LackingUnit[],
  ) {
    super("INCOMPLETE_ASSESSMENT", "INCOMPLETE_ASSESSMENT", { year }, { year, incompleteUnits: lacking });
    this.message = this.localizedMessage("en");
  }

  override localizedMessage(language: Language): string {
    const details = this.lacking
      .flatMap((u) =>
        u.missing.map((m) =>
          messageText("LACKS_SCORES", { unit: u.unitCode, missing: m.need - m.have, dimension: m.dimension, have: m.have, need: m.need }, language),
        ),
      )
      .join(language === "zh" ? ";" : "; ");
    return messageText("INCOMPLETE_ASSESSMENT", { year: this.year, details }, language);
  }
}
