import { parseSimpleMarkdown } from './simple-markdown';

describe('parseSimpleMarkdown', () => {
  it('gives paragraphs (lines joined), bullet lists and bold, and keeps anything else as text', () => {
    expect(parseSimpleMarkdown('**Wat ga je doen?** Je helpt\nin de tuin.\n\n- snoeien\n* **maaien**\n\n<b>x</b>')).toEqual([
      { type: 'paragraph', spans: [{ text: 'Wat ga je doen?', bold: true }, { text: ' Je helpt in de tuin.', bold: false }] },
      { type: 'list', items: [[{ text: 'snoeien', bold: false }], [{ text: 'maaien', bold: true }]] },
      { type: 'paragraph', spans: [{ text: '<b>x</b>', bold: false }] },
    ]);
  });

  it('gives nothing for an empty text', () => {
    expect(parseSimpleMarkdown('  \n\n ')).toEqual([]);
  });
});
