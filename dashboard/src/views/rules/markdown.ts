import MarkdownIt from "markdown-it";

/**
 * 实施细则 are written in Markdown. Raw HTML is not rendered (it is shown as text), links may only
 * be http(s) or mailto, so a filing can never run script in a reader's page.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });
const defaultValidate = markdown.validateLink.bind(markdown);
markdown.validateLink = (url) => /^(https?:|mailto:)/i.test(url.trim()) && defaultValidate(url);

export function renderMarkdown(text: string): string {
  return markdown.render(text);
}
