import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import {
  apiRequest,
  ErrorState,
  LoadingState,
  RadioGroupField,
  RouterLink,
  TextField,
  useApiAction,
  useApiQuery,
  type SavedSearchListResponse,
  type SavedSearchResponse,
  type SearchCriteria,
} from '@meedoen/web';
import { useSeekerT } from '../../messages';
import { paramsFromCriteria } from './search-criteria';

const ALERTS: readonly SavedSearchResponse['alert'][] = ['instant', 'daily', 'weekly', 'none'];

/** Keep the current search with a name, choose how often to hear about new places, and use or remove saved ones. */
export function SavedSearches({ criteria }: { criteria: SearchCriteria }) {
  const t = useSeekerT();
  const saved = useApiQuery<SavedSearchListResponse>('/saved-searches');
  const [name, setName] = useState('');
  const [alert, setAlert] = useState<string>('daily');
  const [nameError, setNameError] = useState<string>();
  const action = useApiAction();
  const { busy, problem, message } = action;
  const run = async (call: () => Promise<unknown>, done: string) => {
    if (await action.run(call, { done })) saved.reload();
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setNameError(t('saved.nameMissing'));
    setNameError(undefined);
    void run(async () => {
      await apiRequest('/saved-searches', { method: 'POST', body: { name: name.trim(), criteria, alert } });
      setName('');
    }, t('saved.saved'));
  };

  return (
    <section aria-labelledby="saved-heading">
      <Heading level={2} id="saved-heading">
        {t('saved.title')}
      </Heading>
      <div role="status">{message && <Paragraph>{message}</Paragraph>}</div>
      {problem && <ErrorState problem={problem} />}
      {saved.status === 'loading' && <LoadingState />}
      {saved.status === 'error' && <ErrorState problem={saved.problem} onRetry={saved.reload} />}
      {saved.status === 'success' &&
        (saved.data.items.length === 0 ? (
          <Paragraph>{t('saved.none')}</Paragraph>
        ) : (
          <ul className="meedoen-plain-list">
            {saved.data.items.map((item) => (
              <li key={item.id} className="meedoen-chosen">
                <span className="meedoen-chosen__label">
                  <RouterLink to={`/zoeken?${paramsFromCriteria(item.criteria)}`}>{item.name}</RouterLink>
                </span>
                <span>{t(`saved.alert.${item.alert}`)}</span>
                <Button appearance="subtle-button" disabled={busy} onClick={() => run(() => apiRequest(`/saved-searches/${item.id}`, { method: 'DELETE' }), t('saved.deleted'))}>
                  {t('saved.delete', { name: item.name })}
                </Button>
              </li>
            ))}
          </ul>
        ))}
      <form onSubmit={save} noValidate className="meedoen-form">
        <Heading level={3}>{t('saved.saveTitle')}</Heading>
        <TextField name="savedName" label={t('saved.name')} description={t('saved.nameDescription')} required maxLength={80} value={name} onChange={setName} error={nameError} />
        <RadioGroupField
          name="alert"
          label={t('saved.alert')}
          required
          options={ALERTS.map((value) => ({ value, label: t(`saved.alert.${value}`) }))}
          value={alert}
          onChange={setAlert}
        />
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t('saved.submit')}
        </Button>
      </form>
    </section>
  );
}
