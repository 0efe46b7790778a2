import { Button, Heading } from '@utrecht/component-library-react';
import {
  apiRequest,
  DateField,
  EmptyState,
  ErrorState,
  LoadingState,
  TextField,
  useApiAction,
  useApiQuery,
  type CaseActionListResponse,
  type CaseActionResponse,
} from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { isoDay, useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';

const MIN_DESCRIPTION = 3;

/** The follow-up actions of the case: open ones first, each can be marked done; new ones are added below. */
export function CaseActionsPanel({ seekerId, onChange }: { seekerId: string; onChange: () => void }) {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const actions = useApiQuery<CaseActionListResponse>(`/seekers/${seekerId}/case-actions`);
  const completion = useApiAction();
  const changed = () => {
    actions.reload();
    onChange();
  };
  const markDone = async (action: CaseActionResponse) => {
    if (await completion.run(() => apiRequest(`/seekers/${seekerId}/case-actions/${action.id}`, { method: 'PATCH', body: { done: true } }))) changed();
  };

  return (
    <section className="regie-panel" aria-labelledby="actions-heading">
      <Heading level={2} id="actions-heading">
        {t('actions.title')}
      </Heading>
      {actions.status === 'loading' && <LoadingState />}
      {actions.status === 'error' && <ErrorState problem={actions.problem} onRetry={actions.reload} />}
      {completion.problem && <ErrorState problem={completion.problem} />}
      {actions.status === 'success' &&
        (actions.data.items.length === 0 ? (
          <EmptyState message={t('actions.empty')} />
        ) : (
          <ul className="regie-list">
            {actions.data.items.map((action) => (
              <li key={action.id}>
                <span className="regie-tag">{t(action.doneAt ? 'actions.done' : 'actions.open')}</span>
                {action.description} — {t('intake.due', { date: format.date(action.dueDate) })}
                {!action.doneAt && (
                  <div className="regie-actions">
                    <Button appearance="secondary-action-button" disabled={completion.busy} onClick={() => void markDone(action)} aria-label={t('actions.markDoneNamed', { action: action.description })}>
                      {t('actions.markDone')}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        ))}
      <NewActionForm seekerId={seekerId} onCreated={changed} />
    </section>
  );
}

function NewActionForm({ seekerId, onCreated }: { seekerId: string; onCreated: () => void }) {
  const t = useCaseworkerT();
  const [description, setDescription] = useState('');
  const [dueDate, setDueDate] = useState(isoDay(7));
  const [errors, setErrors] = useState<{ description?: string; dueDate?: string }>({});
  const { busy, problem, run } = useApiAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      description: description.trim().length < MIN_DESCRIPTION ? t('actions.descriptionMissing') : undefined,
      dueDate: dueDate ? undefined : t('actions.dueDateMissing'),
    };
    setErrors(found);
    if (found.description || found.dueDate) return;
    if (await run(() => apiRequest(`/seekers/${seekerId}/case-actions`, { method: 'POST', body: { description: description.trim(), dueDate } }))) {
      setDescription('');
      onCreated();
    }
  };

  return (
    <form className="meedoen-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="new-action-heading">
      <Heading level={3} id="new-action-heading">
        {t('actions.new')}
      </Heading>
      <TextField name="description" label={t('actions.description')} value={description} onChange={setDescription} error={errors.description ?? problem?.reasonFor('description')} maxLength={500} required />
      <DateField name="dueDate" label={t('actions.dueDate')} value={dueDate} onChange={setDueDate} error={errors.dueDate ?? problem?.reasonFor('dueDate')} required />
      {problem && !problem.invalidParams && <ErrorState problem={problem} />}
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t('actions.add')}
      </Button>
    </form>
  );
}
