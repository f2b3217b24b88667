import { type ChartHeading, inlineStyle, pngPixels, standaloneSvg, svgSize } from "./chart-export.ts";

/**
 * The chart's SVG as a standalone document: a deep copy whose every element carries its computed
 * presentation styles (so it renders the same without the page's stylesheet), heading drawn in.
 */
export function serializeChart(surface: SVGSVGElement, heading: ChartHeading): string {
  const copy = surface.cloneNode(true) as SVGSVGElement;
  const originals = [surface, ...surface.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  originals.forEach((original, i) => {
    const computed = getComputedStyle(original);
    const style = inlineStyle((p) => computed.getPropertyValue(p), {
      text: original instanceof SVGTextElement || original instanceof SVGTSpanElement,
    });
    if (style) copies[i].setAttribute("style", style);
  });
  // What the pointer left on the plot (hover band, highlighted dots) is no part of the chart.
  for (const transient of copy.querySelectorAll(".recharts-tooltip-cursor, .recharts-active-dot")) transient.remove();
  const box = surface.getBoundingClientRect();
  copy.removeAttribute("class");
  copy.setAttribute("width", String(Math.ceil(box.width)));
  copy.setAttribute("height", String(Math.ceil(box.height)));
  return standaloneSvg({ inner: new XMLSerializer().serializeToString(copy), width: box.width, height: box.height }, heading);
}

/** The SVG drawn on a white canvas at `ratio` × its size, as a PNG. */
export async function rasterize(svg: string, ratio = 2): Promise<Blob> {
  const size = svgSize(svg);
  const pixels = pngPixels(size, ratio);
  const image = new Image();
  image.decoding = "async";
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("the chart's SVG could not be drawn"));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement("canvas");
  canvas.width = pixels.width;
  canvas.height = pixels.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no canvas");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(ratio, ratio);
  context.drawImage(image, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"));
}
