import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { parseSimpleMarkdown, type TextSpan } from './simple-markdown';

const Spans = ({ spans }: { spans: TextSpan[] }) => (
  <>{spans.map((span, index) => (span.bold ? <strong key={index}>{span.text}</strong> : span.text))}</>
);

/** Vacancy texts (simple Markdown) as paragraphs, bullet lists and bold; React escapes the text, so no HTML gets in. */
export function SimpleMarkdown({ text }: { text: string }) {
  return (
    <>
      {parseSimpleMarkdown(text).map((block, index) =>
        block.type === 'list' ? (
          <UnorderedList key={index}>
            {block.items.map((item, itemIndex) => (
              <UnorderedListItem key={itemIndex}>
                <Spans spans={item} />
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ) : (
          <Paragraph key={index}>
            <Spans spans={block.spans} />
          </Paragraph>
        ),
      )}
    </>
  );
}
