import { useId } from "react";
import "./info-tip.css";

/**
 * An ⓘ that always renders: drawn as inline SVG, since the "ⓘ" character is missing from the
 * fonts many office machines have and showed as an empty box. Focusable, named for screen
 * readers, and its text appears as a tooltip on hover and on keyboard focus.
 */
export function InfoTip({ text, label }: { text: string; label: string }) {
  const id = useId();
  return (
    <span className="info-tip">
      <button type="button" className="info-tip__button" aria-label={label} aria-describedby={id}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <circle cx="8" cy="4.6" r="1.1" fill="currentColor" />
          <rect x="7.1" y="6.8" width="1.8" height="5.4" rx="0.6" fill="currentColor" />
        </svg>
      </button>
      <span role="tooltip" id={id} className="info-tip__text">
        {text}
      </span>
    </span>
  );
}
