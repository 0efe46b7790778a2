/** A piece of a line: bold or not. */
export interface TextSpan {
  text: string;
  bold: boolean;
}

export type MarkdownBlock = { type: 'paragraph'; spans: TextSpan[] } | { type: 'list'; items: TextSpan[][] };

const BOLD = /\*\*(.+?)\*\*/g;
const LIST_ITEM = /^\s*[-*]\s+/;

const spansOf = (line: string): TextSpan[] =>
  line
    .split(BOLD)
    .map((text, index) => ({ text, bold: index % 2 === 1 }))
    .filter((span) => span.text !== '');

/**
 * The simple Markdown of vacancy texts: blank lines separate blocks, a block whose lines all start with "- " or
 * "* " is a bullet list, **text** is bold. Everything else is plain text (never HTML).
 */
export function parseSimpleMarkdown(text: string): MarkdownBlock[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== '')
    .map((block): MarkdownBlock => {
      const lines = block.split('\n').map((line) => line.trim());
      return lines.every((line) => LIST_ITEM.test(line))
        ? { type: 'list', items: lines.map((line) => spansOf(line.replace(LIST_ITEM, ''))) }
        : { type: 'paragraph', spans: spansOf(lines.join(' ')) };
    });
}
