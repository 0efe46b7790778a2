import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { apiRequest, DateField, ErrorState, RadioGroupField, SelectField, TextareaField, TextField, toApiProblem, type ApiProblem, type IntakeResponse } from '@meedoen/web';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isoDay, useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';
import { CheckboxField } from './CheckboxField';
import { draftOf, isCompleteStep, newStep, REFERRAL_STATUSES, requestOf, SUPPORT_AREAS, type IntakeDraft, type NeedDraft, type StepDraft, type SupportArea } from './intake-draft';
import { segmentKey, SEGMENT_VALUES } from './labels';

/** Wait this long after the last keystroke before saving the draft. */
const AUTOSAVE_DELAY_MS = 1200;

type SaveState = { state: 'idle' | 'pending' | 'saving' } | { state: 'saved'; at: string } | { state: 'error'; problem: ApiProblem };

/** The intake, saved as the caseworker goes (a draft while talking); "afronden" makes it final. */
export function IntakeForm({ seekerId, intake }: { seekerId: string; intake: IntakeResponse | null }) {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<IntakeDraft>(() => draftOf(intake));
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [errors, setErrors] = useState<{ segment?: string; steps?: string }>({});
  const changed = useRef(false);
  const sequence = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const persist = useCallback(
    async (current: IntakeDraft, status: IntakeDraft['status']): Promise<boolean> => {
      const mine = ++sequence.current;
      clearTimeout(timer.current);
      changed.current = false;
      setSave({ state: 'saving' });
      try {
        const saved = await apiRequest<IntakeResponse>(`/seekers/${seekerId}/intake`, { method: 'PUT', body: requestOf(current, status) });
        if (mine === sequence.current) setSave({ state: 'saved', at: saved.updatedAt });
        return true;
      } catch (error) {
        if (mine === sequence.current) setSave({ state: 'error', problem: toApiProblem(error) });
        return false;
      }
    },
    [seekerId],
  );

  useEffect(() => {
    if (!changed.current) return;
    timer.current = setTimeout(() => void persist(draft, draft.status), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [draft, persist]);

  // Leaving the page before the delay ran out still saves the last changes.
  const latest = useRef(draft);
  latest.current = draft;
  useEffect(
    () => () => {
      if (changed.current) void persist(latest.current, latest.current.status);
    },
    [persist],
  );

  const update = (change: (current: IntakeDraft) => IntakeDraft) => {
    changed.current = true;
    setSave({ state: 'pending' });
    setDraft(change);
  };
  const updateNeed = (area: SupportArea, change: Partial<NeedDraft>) =>
    update((current) => ({ ...current, needs: { ...current.needs, [area]: { ...current.needs[area], ...change } } }));
  const updateStep = (key: number, change: Partial<StepDraft>) =>
    update((current) => ({ ...current, steps: current.steps.map((step) => (step.key === key ? { ...step, ...change } : step)) }));

  const finish = async () => {
    const found = {
      segment: draft.segment ? undefined : t('intakeForm.segmentMissing'),
      steps: draft.steps.every(isCompleteStep) ? undefined : t('intakeForm.stepsIncomplete'),
    };
    setErrors(found);
    if (found.segment || found.steps) return;
    if (await persist(draft, 'final')) navigate(`/werkzoekenden/${seekerId}`);
  };

  return (
    <form className="regie-intake-form" onSubmit={(event) => event.preventDefault()} noValidate>
      <Paragraph>{t(draft.status === 'final' ? 'intakeForm.introFinal' : 'intakeForm.introDraft')}</Paragraph>
      <div role="status" aria-live="polite" className="regie-save-status">
        {save.state === 'pending' && t('intakeForm.pending')}
        {save.state === 'saving' && t('intakeForm.saving')}
        {save.state === 'saved' && t(draft.status === 'final' ? 'intakeForm.savedFinal' : 'intakeForm.savedDraft', { time: format.dateTime(save.at) })}
      </div>
      {save.state === 'error' && <ErrorState problem={save.problem} onRetry={() => void persist(draft, draft.status)} />}

      <RadioGroupField
        name="segment"
        label={t('intakeForm.segment')}
        description={t('intakeForm.segmentDescription')}
        options={SEGMENT_VALUES.map((segment) => ({ value: segment, label: t(segmentKey(Number(segment))) }))}
        value={draft.segment}
        onChange={(segment) => update((current) => ({ ...current, segment }))}
        error={errors.segment}
        required
      />

      <fieldset className="regie-fieldset">
        <legend>{t('intake.supportNeeds')}</legend>
        {SUPPORT_AREAS.map((area) => {
          const need = draft.needs[area];
          const areaLabel = t(`supportArea.${area}`);
          return (
            <div key={area}>
              <CheckboxField label={areaLabel} checked={need.selected} onChange={(selected) => updateNeed(area, { selected })} />
              {need.selected && (
                <div className="regie-nested">
                  <TextareaField name={`${area}-description`} label={t('intakeForm.needDescription', { area: areaLabel })} value={need.description} onChange={(description) => updateNeed(area, { description })} maxLength={2000} rows={2} />
                  <TextField name={`${area}-referral`} label={t('intakeForm.referral', { area: areaLabel })} description={t('intakeForm.referralDescription')} value={need.referral} onChange={(referral) => updateNeed(area, { referral })} maxLength={200} />
                  <SelectField
                    name={`${area}-referral-status`}
                    label={t('intakeForm.referralStatus', { area: areaLabel })}
                    options={REFERRAL_STATUSES.map((status) => ({ value: status, label: t(`referralStatus.${status}`) }))}
                    value={need.referralStatus}
                    onChange={(referralStatus) => updateNeed(area, { referralStatus: referralStatus as NeedDraft['referralStatus'] })}
                    required
                  />
                </div>
              )}
            </div>
          );
        })}
      </fieldset>

      <fieldset className="regie-fieldset">
        <legend>{t('intake.actionPlan')}</legend>
        {errors.steps && <Paragraph className="meedoen-field-error">{errors.steps}</Paragraph>}
        {draft.steps.length === 0 && <Paragraph>{t('intake.noSteps')}</Paragraph>}
        {draft.steps.map((step, index) => (
          <fieldset key={step.key} className="regie-fieldset">
            <legend>{t('intakeForm.step', { number: index + 1 })}</legend>
            <TextField name={`step-${step.key}-description`} label={t('intakeForm.stepDescription', { number: index + 1 })} value={step.description} onChange={(description) => updateStep(step.key, { description })} maxLength={500} required />
            <DateField name={`step-${step.key}-due`} label={t('intakeForm.stepDue', { number: index + 1 })} value={step.dueDate} onChange={(dueDate) => updateStep(step.key, { dueDate })} required />
            <CheckboxField label={t('intakeForm.stepDone', { number: index + 1 })} checked={step.done} onChange={(done) => updateStep(step.key, { done })} />
            <Button appearance="secondary-action-button" onClick={() => update((current) => ({ ...current, steps: current.steps.filter((other) => other.key !== step.key) }))}>
              {t('intakeForm.removeStep', { number: index + 1 })}
            </Button>
          </fieldset>
        ))}
        <Button appearance="secondary-action-button" onClick={() => update((current) => ({ ...current, steps: [...current.steps, newStep(isoDay(14))] }))}>
          {t('intakeForm.addStep')}
        </Button>
      </fieldset>

      <TextareaField name="notes" label={t('intake.notes')} value={draft.notes} onChange={(notes) => update((current) => ({ ...current, notes }))} maxLength={10000} rows={5} />

      <Heading level={2}>{t('intakeForm.finishTitle')}</Heading>
      <div className="regie-actions">
        {draft.status === 'draft' && (
          <Button appearance="primary-action-button" onClick={() => void finish()} disabled={save.state === 'saving'}>
            {t('intakeForm.finish')}
          </Button>
        )}
        <Button appearance="secondary-action-button" onClick={() => navigate(`/werkzoekenden/${seekerId}`)}>
          {t('intakeForm.back')}
        </Button>
      </div>
    </form>
  );
}
