import { type RefObject, useEffect, useId, useRef, useState } from "react";
import { describeError } from "../api/errors.ts";
import { useStrings } from "../i18n/I18nProvider.tsx";
import { defineStrings } from "../i18n/strings.ts";
import { downloadBlob } from "../ui/download-file.ts";
import { type ChartHeading, chartFileName } from "./chart-export.ts";

const strings = defineStrings(
  {
    download: "下载图表",
    png: "PNG 图片",
    svg: "SVG 矢量图",
    failed: "下载失败",
    notDrawn: "图表尚未绘制",
  },
  {
    download: "Download chart",
    png: "PNG image",
    svg: "SVG vector image",
    failed: "Download failed",
    notDrawn: "The chart has not been drawn yet",
  },
);

/** The card's plot: the largest Recharts surface (legend icons are small surfaces too). */
function chartSurface(body: HTMLElement | null): SVGSVGElement | null {
  const surfaces = [...(body?.querySelectorAll<SVGSVGElement>("svg.recharts-surface") ?? [])];
  const area = (svg: SVGSVGElement) => svg.getBoundingClientRect().width * svg.getBoundingClientRect().height;
  return surfaces.sort((a, b) => area(b) - area(a))[0] ?? null;
}

/**
 * 下载图表 ▾ → PNG | SVG. The chart is serialised only when chosen; the DOM helpers are imported
 * then, so the menu costs the first page load nothing but this button.
 */
export function ChartDownloadMenu({ body, heading }: { body: RefObject<HTMLElement | null>; heading: ChartHeading }) {
  const t = useStrings(strings);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>("[role=menuitem]")?.focus();
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== "Escape") return;
      if (event instanceof MouseEvent && menu.current?.parentElement?.contains(event.target as Node)) return;
      setOpen(false);
      if (event instanceof KeyboardEvent) button.current?.focus();
    };
    addEventListener("keydown", close);
    addEventListener("mousedown", close);
    return () => {
      removeEventListener("keydown", close);
      removeEventListener("mousedown", close);
    };
  }, [open]);

  async function save(kind: "png" | "svg") {
    setOpen(false);
    setError(null);
    const surface = chartSurface(body.current);
    if (!surface) return setError(t.notDrawn);
    try {
      const { serializeChart, rasterize } = await import("./chart-export-dom.ts");
      const svg = serializeChart(surface, heading);
      const blob = kind === "svg" ? new Blob([svg], { type: "image/svg+xml;charset=utf-8" }) : await rasterize(svg, 2);
      downloadBlob(blob, chartFileName(heading.title, kind));
    } catch (e) {
      setError(describeError(e));
    }
  }

  return (
    <div className="chart-download no-print">
      <button
        ref={button}
        type="button"
        className="btn btn--small chart-download__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
      >
        {t.download}
        <span className="chart-download__caret" aria-hidden="true" />
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" className="chart-download__menu" aria-label={t.download}>
          <button type="button" role="menuitem" onClick={() => void save("png")}>
            {t.png}
          </button>
          <button type="button" role="menuitem" onClick={() => void save("svg")}>
            {t.svg}
          </button>
        </div>
      )}
      {error && (
        <span className="error chart-download__error" role="alert">
          {t.failed}: {error}
        </span>
      )}
    </div>
  );
}
