import { unitColor } from "../charts/unit-colors.ts";
import { useUnits } from "../app/use-units.ts";

/** A unit's colour swatch and name in the current language (the same colour as in every chart). */
export function UnitChip({ code, name }: { code: string; name?: string }) {
  const units = useUnits();
  return (
    <span className="unit-chip">
      <span className="swatch" style={{ background: unitColor(code) }} />
      {name ?? units.name(code)}
    </span>
  );
}
