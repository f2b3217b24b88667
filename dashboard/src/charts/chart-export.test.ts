import { describe, expect, it } from "vitest";
import { chartFileName, escapeXml, headingHeight, inlineStyle, layoutLegend, pngPixels, standaloneSvg, svgSize } from "./chart-export.ts";

const heading = {
  title: "城北 & 城南 · 每月成本",
  subtitle: "万元 · 当月计入的成本",
  legend: [
    { label: "维修材料(计入)", color: "#1d4ed8" },
    { label: "其它费用", color: "#f59e0b" },
  ],
};

describe("standaloneSvg", () => {
  const inner = '<svg class="recharts-surface" width="400" height="200"><rect x="1" y="2" width="3" height="4" style="fill:#1d4ed8"/></svg>';
  const svg = standaloneSvg({ inner, width: 400, height: 200 }, heading);

  it("is a namespaced document with a white background, the title and the legend drawn in", () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toContain("<title>城北 &amp; 城南 · 每月成本</title>");
    expect(svg).toContain(">维修材料(计入)</text>");
    expect(svg).toContain('fill="#f59e0b"');
    expect(svg).toContain('font-family="&quot;PingFang SC&quot;');
  });

  it("puts the plot below the heading and is as tall as both", () => {
    const top = headingHeight(heading, 400);
    expect(svg).toContain(`<g transform="translate(0 ${top})">${inner}</g>`);
    expect(svgSize(svg)).toEqual({ width: 400, height: 200 + top + 8 });
  });
});

describe("helpers", () => {
  it("escapes markup in titles", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
  it("wraps legend items onto a new line when the width runs out", () => {
    const placed = layoutLegend(
      Array.from({ length: 6 }, (_, i) => ({ label: `单位名称${i}`, color: "#000" })),
      240,
    );
    expect(placed[0]).toMatchObject({ x: 0, line: 0 });
    expect(placed.at(-1)?.line).toBeGreaterThan(0);
    expect(placed.filter((p) => p.line === 1)[0].x).toBe(0);
  });
  it("doubles the pixels for the PNG", () => {
    expect(pngPixels({ width: 401, height: 250.5 })).toEqual({ width: 802, height: 501 });
  });
  it("inlines the styles that differ from SVG defaults, fonts on text only", () => {
    const computed: Record<string, string> = {
      fill: "rgb(29, 78, 216)",
      opacity: "1",
      "font-size": "12px",
      "font-family": "sans-serif",
      "stroke-dasharray": "3px, 3px",
    };
    const lookup = (p: string) => computed[p] ?? "";
    expect(inlineStyle(lookup, { text: false })).toBe("fill:rgb(29, 78, 216);stroke-dasharray:3px, 3px");
    expect(inlineStyle(lookup, { text: true })).toBe("fill:rgb(29, 78, 216);stroke-dasharray:3px, 3px;font-family:sans-serif;font-size:12px");
  });
  it("names the file after the title", () => {
    expect(chartFileName("城北管理站 · 每月成本", "png")).toBe("城北管理站_每月成本.png");
    expect(chartFileName("a/b", "svg")).toBe("a_b.svg");
  });
});
