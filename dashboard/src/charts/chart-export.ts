/**
 * Pure pieces of a chart download: the standalone SVG document (title, legend and white
 * background drawn in, styles already inlined by the caller) and the PNG's pixel size. The DOM
 * steps (computed styles, canvas) are in chart-export-dom.ts.
 */

export interface ChartHeading {
  title: string;
  subtitle?: string;
  legend?: readonly { label: string; color: string }[];
}

/** The font stack of the page (styles.css), written into the file so it renders the same elsewhere. */
export const CHART_FONT = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif';

const PAD = 16;
const TITLE_SIZE = 15;
const SMALL_SIZE = 12;
const LINE = 20;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch] ?? ch);
}

/** Rough text width for laying out legend items: CJK characters are about square, Latin half. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? fontSize : fontSize * 0.58), 0);
}

/** Legend items placed left to right, wrapping to a new line when the width is used up. */
export function layoutLegend(
  items: readonly { label: string; color: string }[],
  width: number,
): { x: number; line: number; label: string; color: string }[] {
  const placed: { x: number; line: number; label: string; color: string }[] = [];
  let x = 0;
  let line = 0;
  for (const item of items) {
    const itemWidth = 14 + textWidth(item.label, SMALL_SIZE) + 14;
    if (x > 0 && x + itemWidth > width) {
      line += 1;
      x = 0;
    }
    placed.push({ x, line, ...item });
    x += itemWidth;
  }
  return placed;
}

/** The height the heading takes above the chart. */
export function headingHeight(heading: ChartHeading, width: number): number {
  const legendLines = heading.legend?.length ? Math.max(...layoutLegend(heading.legend, width - 2 * PAD).map((p) => p.line)) + 1 : 0;
  return PAD + LINE + (heading.subtitle ? LINE - 2 : 0) + legendLines * LINE + 6;
}

function headingSvg(heading: ChartHeading, width: number): string {
  const parts = [
    `<text x="${PAD}" y="${PAD + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="700" fill="#1f2933">${escapeXml(heading.title)}</text>`,
  ];
  let y = PAD + LINE;
  if (heading.subtitle) {
    parts.push(`<text x="${PAD}" y="${y + SMALL_SIZE}" font-size="${SMALL_SIZE}" fill="#616e7c">${escapeXml(heading.subtitle)}</text>`);
    y += LINE - 2;
  }
  for (const item of layoutLegend(heading.legend ?? [], width - 2 * PAD)) {
    const top = y + item.line * LINE + 4;
    parts.push(
      `<rect x="${PAD + item.x}" y="${top}" width="10" height="10" rx="2" fill="${escapeXml(item.color)}"/>`,
      `<text x="${PAD + item.x + 14}" y="${top + 10}" font-size="${SMALL_SIZE}" fill="#1f2933">${escapeXml(item.label)}</text>`,
    );
  }
  return parts.join("");
}

/**
 * A chart's inner SVG markup (Recharts' surface, styles inlined) as a file that stands alone: the
 * SVG namespace, a white background, the card's title, subtitle and legend above the plot (the
 * card draws them in HTML, which the SVG does not carry), and the page's fonts.
 */
export function standaloneSvg(chart: { inner: string; width: number; height: number }, heading: ChartHeading): string {
  const width = Math.ceil(chart.width);
  const top = headingHeight(heading, width);
  const height = Math.ceil(chart.height) + top + PAD / 2;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(CHART_FONT)}">`,
    `<title>${escapeXml(heading.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    headingSvg(heading, width),
    `<g transform="translate(0 ${top})">${chart.inner}</g>`,
    `</svg>`,
  ].join("\n");
}

/** The SVG's size from its root attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return { width: attr("width"), height: attr("height") };
}

/** The PNG's pixels: the SVG's size times the pixel ratio (2: sharp on print and high-density screens). */
export function pngPixels(size: { width: number; height: number }, ratio = 2): { width: number; height: number } {
  return { width: Math.round(size.width * ratio), height: Math.round(size.height * ratio) };
}

/** A file name from the chart's title. */
export function chartFileName(title: string, extension: "png" | "svg"): string {
  const base = title
    .replace(/[\\/:*?"<>|·]+/g, " ")
    .trim()
    .replace(/\s+/g, "_");
  return `${base || "chart"}.${extension}`;
}

/**
 * The presentation properties that make Recharts' SVG look as on the page; the stylesheet that
 * sets some of them (and the fonts inherited from HTML) does not travel with the file.
 */
export const INLINED_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
] as const;

/** Values every SVG renderer assumes anyway: left out to keep the file small. */
const DEFAULTS: Record<string, string> = {
  "fill-opacity": "1",
  "stroke-opacity": "1",
  opacity: "1",
  "stroke-dasharray": "none",
  "stroke-linecap": "butt",
  "stroke-linejoin": "miter",
  visibility: "visible",
  "font-weight": "400",
  "text-anchor": "start",
  "dominant-baseline": "auto",
};

/** An element's computed presentation properties as a style attribute value, defaults left out. */
export function inlineStyle(computed: (property: string) => string, { text }: { text: boolean }): string {
  // Fonts matter on text only; every other element would just repeat the inherited stack.
  return INLINED_PROPERTIES.filter((p) => text || !(p.startsWith("font") || p === "text-anchor" || p === "dominant-baseline"))
    .map((p) => [p, computed(p).trim()] as const)
    .filter(([p, value]) => value !== "" && DEFAULTS[p] !== value)
    .map(([p, value]) => `${p}:${value}`)
    .join(";");
}
