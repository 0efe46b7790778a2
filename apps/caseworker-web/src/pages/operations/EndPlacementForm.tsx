import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import {
  apiRequest,
  DateField,
  ErrorState,
  SelectField,
  TextareaField,
  useApiAction,
  type PlacementResponse,
  type UpdatePlacementRequest,
} from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useCaseworkerT } from '../../messages';
import { isDay, today } from './dates';
import { END_REASONS } from './vocabulary';

/** Ends a placement with its last day and a reason; the API drops the aftercare after that day. */
export function EndPlacementForm({ placement, onSaved }: { placement: PlacementResponse; onSaved: (placement: PlacementResponse, message: string) => void }) {
  const t = useCaseworkerT();
  const [endedOn, setEndedOn] = useState(today());
  const [endReason, setEndReason] = useState('');
  const [endNote, setEndNote] = useState('');
  const [errors, setErrors] = useState<{ endedOn?: string; endReason?: string }>({});
  const { busy, problem, run } = useApiAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      endedOn: isDay(endedOn) ? undefined : t('ops.end.dateMissing'),
      endReason: endReason ? undefined : t('ops.end.reasonMissing'),
    };
    setErrors(found);
    if (found.endedOn || found.endReason) return;
    const body: UpdatePlacementRequest = {
      endedOn,
      endReason: endReason as UpdatePlacementRequest['endReason'],
      ...(endNote.trim() ? { endNote: endNote.trim() } : {}),
    };
    const saved = (await run(() => apiRequest<PlacementResponse>(`/placements/${placement.id}`, { method: 'PATCH', body })))?.value;
    if (!saved) return;
    onSaved(saved, t('ops.end.saved'));
  };

  return (
    <section aria-labelledby="end-placement">
      <Heading level={2} id="end-placement">
        {t('ops.end.title')}
      </Heading>
      <Paragraph>{t('ops.end.intro')}</Paragraph>
      <form className="meedoen-form" onSubmit={submit} noValidate>
        <DateField
          name="endedOn"
          label={t('ops.end.date')}
          description={t('ops.end.dateDescription')}
          required
          value={endedOn}
          onChange={setEndedOn}
          min={placement.startDate}
          max={today()}
          error={errors.endedOn ?? problem?.reasonFor('endedOn')}
        />
        <SelectField
          name="endReason"
          label={t('ops.end.reason')}
          required
          value={endReason}
          onChange={setEndReason}
          placeholder={t('ops.end.reasonPlaceholder')}
          error={errors.endReason ?? problem?.reasonFor('endReason')}
          options={END_REASONS.map((reason) => ({ value: reason, label: t(`ops.endReason.${reason}`) }))}
        />
        <TextareaField name="endNote" label={t('ops.end.note')} value={endNote} onChange={setEndNote} maxLength={1000} error={problem?.reasonFor('endNote')} />
        {problem && <ErrorState problem={problem} />}
        <Button type="submit" appearance="secondary-action-button" disabled={busy}>
          {busy ? t('ops.end.busy') : t('ops.end.submit')}
        </Button>
      </form>
    </section>
  );
}
