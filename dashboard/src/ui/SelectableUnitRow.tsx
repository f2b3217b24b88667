import type { ReactNode } from "react";

/**
 * A table row for one unit that selects the unit when clicked or activated from the keyboard
 * (Enter or Space), highlighted while selected. Every per-unit table uses it so that the URL's
 * `unit` behaves the same everywhere.
 */
export function SelectableUnitRow({
  unitCode,
  selected,
  onSelect,
  children,
}: {
  unitCode: string;
  selected: boolean;
  onSelect: (unitCode: string) => void;
  children: ReactNode;
}) {
  return (
    <tr
      data-unit={unitCode}
      className={selected ? "clickable is-selected" : "clickable"}
      onClick={() => onSelect(unitCode)}
      onKeyDown={(e) => {
        if (e.key !== "Enter" && e.key !== " ") return;
        e.preventDefault();
        onSelect(unitCode);
      }}
      tabIndex={0}
      aria-selected={selected}
    >
      {children}
    </tr>
  );
}
