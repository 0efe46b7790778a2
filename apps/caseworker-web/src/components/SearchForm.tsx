import { Button } from '@utrecht/component-library-react';
import { TextField } from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useCaseworkerT } from '../messages';

/** A search box with its button; an empty search shows everything again. */
export function SearchForm({ label, fieldLabel, initial, onSearch }: { label: string; fieldLabel: string; initial: string; onSearch: (text: string) => void }) {
  const t = useCaseworkerT();
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" className="regie-search" onSubmit={submit} noValidate aria-label={label}>
      <TextField name="q" label={fieldLabel} value={text} onChange={setText} required autoComplete="off" />
      <Button type="submit" appearance="primary-action-button">
        {t('caseload.searchButton')}
      </Button>
    </form>
  );
}
