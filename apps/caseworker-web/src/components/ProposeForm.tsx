import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, TextareaField, useApiAction, type ProposalResponse } from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCaseworkerT } from '../messages';

/**
 * Puts a resident forward for a vacancy. The resident is asked for consent first: the employer sees nothing until the
 * resident says yes. The form says so before anything is sent.
 */
export function ProposeForm({ vacancyId, seekerId, who, onCancel }: { vacancyId: string; seekerId: string; who: string; onCancel: () => void }) {
  const t = useCaseworkerT();
  const navigate = useNavigate();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const { busy, problem, run } = useApiAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setError(t('propose.noteMissing'));
      return;
    }
    setError(undefined);
    const proposal = (await run(() => apiRequest<ProposalResponse>(`/vacancies/${vacancyId}/proposals`, { method: 'POST', body: { seekerId, note: note.trim() } })))?.value;
    if (proposal) navigate(`/voordrachten/${proposal.id}`);
  };

  return (
    <form className="meedoen-form regie-panel" onSubmit={(event) => void submit(event)} noValidate aria-label={t('propose.formLabel', { who })}>
      <Alert type="info">
        <Paragraph>{t('propose.consent')}</Paragraph>
      </Alert>
      <TextareaField name="note" label={t('propose.note')} description={t('propose.noteDescription')} value={note} onChange={setNote} error={error ?? problem?.reasonFor('note')} maxLength={2000} rows={3} required />
      {problem && <ErrorState problem={problem} />}
      <div className="regie-actions">
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('propose.submit')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('propose.cancel')}
        </Button>
      </div>
    </form>
  );
}
