import { detailsSummary, prettyDetails } from "./audit-shape.ts";

/** An entry's details JSON: a one-line summary, the whole indented JSON when opened. */
export function AuditDetails({ details }: { details: string }) {
  return (
    <details className="audit-details">
      <summary>{detailsSummary(details)}</summary>
      <pre>{prettyDetails(details)}</pre>
    </details>
  );
}
