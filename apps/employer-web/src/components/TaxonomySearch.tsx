import { Button, Paragraph } from '@utrecht/component-library-react';
import { ErrorState, LoadingState, TextField, useApiQuery } from '@meedoen/web';
import { useState } from 'react';
import { useEmployerT } from '../messages';
import { useDebounced } from './useDebounced';

export interface TaxonomyItem {
  id: string;
  label: string;
}

interface TaxonomySearchProps {
  name: string;
  label: string;
  description: string;
  /** The API path that answers the words typed (at least two letters). */
  pathFor: (query: string) => string;
  /** Leaves out what is already chosen. */
  exclude?: readonly string[];
  chooseLabel: (label: string) => string;
  onChoose: (item: TaxonomyItem) => void;
  error?: string;
}

const MIN_QUERY_LENGTH = 2;

/** A search field with a short list of taxonomy results, each with its own button: works by keyboard and screen reader. */
export function TaxonomySearch({ name, label, description, pathFor, exclude = [], chooseLabel, onChoose, error }: TaxonomySearchProps) {
  const t = useEmployerT();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim());
  const results = useApiQuery<{ items: TaxonomyItem[] }>(settled.length >= MIN_QUERY_LENGTH ? pathFor(settled) : null);
  const items = results.status === 'success' ? results.data.items.filter((item) => !exclude.includes(item.id)) : [];

  return (
    <div className="employer-taxonomy-search">
      <TextField name={name} label={label} description={description} value={query} onChange={setQuery} error={error} autoComplete="off" />
      <div aria-live="polite">
        {results.status === 'loading' && <LoadingState />}
        {results.status === 'error' && <ErrorState problem={results.problem} onRetry={results.reload} />}
        {results.status === 'success' && items.length === 0 && <Paragraph>{t('editor.noResults')}</Paragraph>}
        {items.length > 0 && (
          <ul className="employer-choice-list">
            {items.map((item) => (
              <li key={item.id}>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  onClick={() => {
                    onChoose(item);
                    setQuery('');
                  }}
                >
                  {chooseLabel(item.label)}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
