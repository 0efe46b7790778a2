import { Button, Paragraph } from '@utrecht/component-library-react';
import { useApiQuery, useLanguage } from '@meedoen/web';
import { useSeekerT } from '../messages';

const MIN_QUERY_LENGTH = 2;

/**
 * Suggestions from the taxonomy (GET /skills or /occupations?q=) as "Toevoegen: …" buttons under a search field.
 * Buttons instead of a custom combobox, and the number found is announced, so it works by keyboard and screen reader.
 */
export function TaxonomySuggestions({
  resource,
  query,
  exclude,
  max,
  onPick,
}: {
  resource: 'skills' | 'occupations';
  query: string;
  exclude: readonly string[];
  max: number;
  onPick: (item: { id: string; label: string }) => void;
}) {
  const t = useSeekerT();
  const { language } = useLanguage();
  const trimmed = query.trim();
  const found = useApiQuery<{ items: { id: string; label: string }[] }>(
    trimmed.length >= MIN_QUERY_LENGTH ? `/${resource}?q=${encodeURIComponent(trimmed)}&language=${language}` : null,
  );
  const suggestions = found.status === 'success' ? found.data.items.filter((item) => !exclude.includes(item.id)).slice(0, max) : [];
  return (
    <div aria-live="polite">
      {found.status === 'success' && (
        <>
          <Paragraph>{suggestions.length === 0 ? t('skills.noneFound') : t('skills.found', { count: suggestions.length })}</Paragraph>
          <ul className="meedoen-plain-list">
            {suggestions.map((item) => (
              <li key={item.id}>
                <Button appearance="secondary-action-button" onClick={() => onPick(item)}>
                  {t('skills.add', { skill: item.label })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
