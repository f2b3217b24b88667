import type { ReactNode } from "react";

/** A row of tabs, one per record kind (or any choice of a few): the entry grid's and the ledger's. */
export function KindTabs<K extends string>({
  kinds,
  active,
  label,
  onSelect,
}: {
  kinds: readonly K[];
  active: K;
  label: (kind: K) => ReactNode;
  onSelect: (kind: K) => void;
}) {
  return (
    <div className="tabs" role="tablist">
      {kinds.map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          aria-selected={k === active}
          className={k === active ? "is-active" : undefined}
          onClick={() => onSelect(k)}
        >
          {label(k)}
        </button>
      ))}
    </div>
  );
}
