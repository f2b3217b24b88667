import { useUnits } from "../../app/use-units.ts";
import { entryStrings } from "./entry-strings.ts";
import type { PasteLookup } from "./paste-rows.ts";

/** Names a pasted sheet may use: every unit's code and names, every choice's labels in both languages. */
export function usePasteLookup(): PasteLookup {
  const { units } = useUnits();
  const byName = new Map<string, string>();
  for (const unit of units) {
    for (const label of [unit.code, unit.name, unit.nameEn, unit.nameInYear, unit.nameEnInYear]) {
      if (label) byName.set(label.toLowerCase(), unit.code);
    }
    // 城北管理站 is written 城北站 or 城北 in the clerk's sheets.
    const short = unit.name.replace(/管理站$/, "");
    if (short !== unit.name) {
      byName.set(short, unit.code);
      byName.set(`${short}站`, unit.code);
    }
  }
  const optionLabels: Record<string, string[]> = {};
  for (const strings of [entryStrings.zh, entryStrings.en]) {
    for (const [code, label] of Object.entries(strings.options)) optionLabels[code] = [...(optionLabels[code] ?? []), label];
  }
  return { unitCode: (text) => byName.get(text.toLowerCase()) ?? null, optionLabels };
}
