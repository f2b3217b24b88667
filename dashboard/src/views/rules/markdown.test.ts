import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.ts";

describe("the rules' Markdown", () => {
  it("renders headings, lists and emphasis", () => {
    expect(renderMarkdown("## 一、收费\n\n- 每周一上解\n- **按时**回访")).toBe(
      "<h2>一、收费</h2>\n<ul>\n<li>每周一上解</li>\n<li><strong>按时</strong>回访</li>\n</ul>\n",
    );
  });

  it("shows raw HTML as text and drops script links", () => {
    const html = renderMarkdown('<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror="alert(1)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain('href="javascript');
    expect(html).toContain("&lt;script&gt;");
  });
});
