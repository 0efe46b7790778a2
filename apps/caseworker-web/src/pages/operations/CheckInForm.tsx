import { Button, Heading } from '@utrecht/component-library-react';
import {
  apiRequest,
  ErrorState,
  RadioGroupField,
  SelectField,
  TextareaField,
  useApiAction,
  useLanguage,
  type CheckInRequest,
  type PlacementResponse,
} from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useCaseworkerT } from '../../messages';
import { formatDay } from './dates';
import { CHECK_IN_OUTCOMES } from './vocabulary';

const EXTRA = 'extra';

/** Records how a running placement goes: a scheduled check-in (the first open one by default) or an extra one. */
export function CheckInForm({ placement, onSaved }: { placement: PlacementResponse; onSaved: (placement: PlacementResponse, message: string) => void }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const open = placement.checkIns.filter((checkIn) => checkIn.milestone !== EXTRA && !checkIn.completedAt && checkIn.dueDate);
  const [milestone, setMilestone] = useState<string>(placement.nextCheckIn?.milestone ?? open[0]?.milestone ?? EXTRA);
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [outcomeError, setOutcomeError] = useState<string>();
  const { busy, problem, run } = useApiAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!outcome) {
      setOutcomeError(t('ops.checkIn.outcomeMissing'));
      return;
    }
    setOutcomeError(undefined);
    const body: CheckInRequest = {
      outcome: outcome as CheckInRequest['outcome'],
      ...(milestone !== EXTRA ? { milestone: milestone as CheckInRequest['milestone'] } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    const saved = (await run(() => apiRequest<PlacementResponse>(`/placements/${placement.id}/check-ins`, { method: 'POST', body })))?.value;
    if (!saved) return;
    const nextOpen = saved.checkIns.find((checkIn) => checkIn.milestone !== EXTRA && !checkIn.completedAt && checkIn.dueDate);
    setMilestone(saved.nextCheckIn?.milestone ?? nextOpen?.milestone ?? EXTRA);
    setOutcome('');
    setNote('');
    onSaved(saved, outcome === 'at-risk' ? `${t('ops.checkIn.saved')} ${t('ops.checkIn.followUp')}` : t('ops.checkIn.saved'));
  };

  return (
    <section aria-labelledby="check-in-form">
      <Heading level={2} id="check-in-form">
        {t('ops.checkIn.title')}
      </Heading>
      <form className="meedoen-form" onSubmit={submit} noValidate>
        <SelectField
          name="milestone"
          label={t('ops.checkIn.milestone')}
          required
          value={milestone}
          onChange={setMilestone}
          error={problem?.reasonFor('milestone')}
          options={[
            ...open.map((checkIn) => ({
              value: checkIn.milestone,
              label: `${t(`ops.milestone.${checkIn.milestone}`)} (${formatDay(checkIn.dueDate!, language)})`,
            })),
            { value: EXTRA, label: t('ops.milestone.extra') },
          ]}
        />
        <RadioGroupField
          name="outcome"
          label={t('ops.checkIn.outcome')}
          description={t('ops.checkIn.outcomeDescription')}
          required
          value={outcome}
          onChange={setOutcome}
          error={outcomeError ?? problem?.reasonFor('outcome')}
          options={CHECK_IN_OUTCOMES.map((option) => ({ value: option, label: t(`ops.outcome.${option}`) }))}
        />
        <TextareaField
          name="note"
          label={t('ops.checkIn.note')}
          description={t('ops.checkIn.noteDescription')}
          value={note}
          onChange={setNote}
          maxLength={2000}
          error={problem?.reasonFor('note')}
        />
        {problem && <ErrorState problem={problem} />}
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {busy ? t('ops.checkIn.busy') : t('ops.checkIn.submit')}
        </Button>
      </form>
    </section>
  );
}
