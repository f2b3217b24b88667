import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// Chromium embeds CJK text as CID fonts: pdf.js needs its character maps to turn them back into text.
const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const cMapUrl = `${path.join(pdfjsDir, "cmaps")}/`;
const standardFontDataUrl = `${path.join(pdfjsDir, "standard_fonts")}/`;

/** Each page's text of a PDF (as Chromium prints it), items joined in reading order. */
export async function pdfPages(bytes: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), cMapUrl, cMapPacked: true, standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(""));
  }
  await document.destroy();
  return pages;
}
