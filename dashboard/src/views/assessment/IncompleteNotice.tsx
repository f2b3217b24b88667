import { useUnits } from "../../app/use-units.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { commonStrings } from "../../i18n/common-strings.ts";
import { assessmentStrings } from "./assessment-strings.ts";

export interface Lacking {
  unitCode: string;
  missing: readonly { dimension: string; have: number; need: number }[];
}

/** Which units lack committee scores, and how many (from results or from a refused finalisation). */
export function IncompleteNotice({ units, title }: { units: readonly Lacking[]; title?: string }) {
  const t = useStrings(assessmentStrings);
  const common = useStrings(commonStrings);
  const { name } = useUnits();
  if (units.length === 0) return null;
  return (
    <div className="alert alert--warn" role="status">
      <strong>{title ?? t.incompleteTitle}</strong>
      <ul className="plain-list">
        {units.map((unit) => (
          <li key={unit.unitCode}>
            {name(unit.unitCode)}: {unit.missing.map((m) => t.lacks(common.dimensions[m.dimension] ?? m.dimension, m.have, m.need)).join(", ")}
          </li>
        ))}
      </ul>
    </div>
  );
}
