import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import {
  apiRequest,
  DateField,
  EmptyState,
  ErrorState,
  LoadingState,
  TextareaField,
  useApiAction,
  useApiQuery,
  useLanguage,
  type AppointmentResponse,
  type CaseActionListResponse,
  type CaseActionResponse,
  type CreateCaseActionRequest,
} from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useCaseworkerT } from '../../messages';
import { addDays, dayOf, formatDay, isDay, today } from './dates';
import { PlanAppointmentForm } from './PlanAppointmentForm';
import { StatusMessage } from './StatusMessage';

type HeadingLevel = 4 | 5;
const MIN_DESCRIPTION = 3;
const FOLLOW_UP_DAYS = 2;

/**
 * What happens after an appointment: the resident's open follow-up actions (a no-show adds one), marking them done,
 * adding one, and planning the next appointment.
 */
export function FollowUpPanel({ appointment, headingLevel }: { appointment: AppointmentResponse; headingLevel: HeadingLevel }) {
  const t = useCaseworkerT();
  const subLevel = (headingLevel + 1) as 5 | 6;
  const actions = useApiQuery<CaseActionListResponse>(`/seekers/${appointment.seeker.id}/case-actions`);
  return (
    <div className="ops-follow-up">
      <Heading level={headingLevel}>{t('ops.followUp.title', { name: appointment.seeker.displayName })}</Heading>
      <Heading level={subLevel}>{t('ops.followUp.actions')}</Heading>
      {actions.status === 'loading' && <LoadingState />}
      {actions.status === 'error' && <ErrorState problem={actions.problem} onRetry={actions.reload} />}
      {actions.status === 'success' && (
        <ActionList
          actions={actions.data.items.filter((action) => action.doneAt === null || action.sourceId === appointment.id)}
          appointmentId={appointment.id}
        />
      )}
      <AddActionForm seekerId={appointment.seeker.id} headingLevel={subLevel} onAdded={actions.reload} />
      <PlanAppointmentForm appointment={appointment} headingLevel={subLevel} />
    </div>
  );
}

function ActionList({ actions, appointmentId }: { actions: CaseActionResponse[]; appointmentId: string }) {
  const t = useCaseworkerT();
  if (actions.length === 0) return <EmptyState message={t('ops.followUp.none')} />;
  return (
    <ul>
      {actions.map((action) => (
        <ActionItem key={action.id} action={action} fromThisAppointment={action.sourceId === appointmentId} />
      ))}
    </ul>
  );
}

function ActionItem({ action: loaded, fromThisAppointment }: { action: CaseActionResponse; fromThisAppointment: boolean }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const [action, setAction] = useState(loaded);
  const [message, setMessage] = useState<string>();
  const { busy, problem, run } = useApiAction();
  const markDone = async () => {
    const saved = (await run(() =>
      apiRequest<CaseActionResponse>(`/seekers/${action.seekerId}/case-actions/${action.id}`, { method: 'PATCH', body: { done: true } }),
    ))?.value;
    if (!saved) return;
    setAction(saved);
    setMessage(t('ops.followUp.markedDone'));
  };
  return (
    <li>
      <Paragraph>
        {action.description} {fromThisAppointment && t('ops.followUp.fromThis')}
      </Paragraph>
      <Paragraph>
        <strong>
          {action.doneAt
            ? t('ops.followUp.done', { date: formatDay(dayOf(action.doneAt), language) })
            : t('ops.followUp.due', { date: formatDay(action.dueDate, language) })}
        </strong>
      </Paragraph>
      {!action.doneAt && (
        <Button appearance="secondary-action-button" disabled={busy} onClick={markDone}>
          {t('ops.followUp.markDone')}
        </Button>
      )}
      {problem && <ErrorState problem={problem} />}
      <StatusMessage message={message} />
    </li>
  );
}

function AddActionForm({ seekerId, headingLevel, onAdded }: { seekerId: string; headingLevel: 5 | 6; onAdded: () => void }) {
  const t = useCaseworkerT();
  const [description, setDescription] = useState('');
  const [dueDate, setDueDate] = useState(addDays(today(), FOLLOW_UP_DAYS));
  const [errors, setErrors] = useState<{ description?: string; dueDate?: string }>({});
  const [message, setMessage] = useState<string>();
  const { busy, problem, run } = useApiAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(undefined);
    const found = {
      description: description.trim().length >= MIN_DESCRIPTION ? undefined : t('ops.followUp.descriptionMissing'),
      dueDate: isDay(dueDate) ? undefined : t('ops.followUp.dueDateMissing'),
    };
    setErrors(found);
    if (found.description || found.dueDate) return;
    const body: CreateCaseActionRequest = { description: description.trim(), dueDate };
    const saved = (await run(() => apiRequest<CaseActionResponse>(`/seekers/${seekerId}/case-actions`, { method: 'POST', body })))?.value;
    if (!saved) return;
    setDescription('');
    setMessage(t('ops.followUp.added'));
    onAdded();
  };
  return (
    <form className="meedoen-form" onSubmit={submit} noValidate>
      <Heading level={headingLevel}>{t('ops.followUp.addTitle')}</Heading>
      <TextareaField
        name="description"
        label={t('ops.followUp.description')}
        required
        value={description}
        onChange={setDescription}
        maxLength={500}
        error={errors.description ?? problem?.reasonFor('description')}
      />
      <DateField
        name="dueDate"
        label={t('ops.followUp.dueDate')}
        required
        value={dueDate}
        onChange={setDueDate}
        error={errors.dueDate ?? problem?.reasonFor('dueDate')}
      />
      {problem && <ErrorState problem={problem} />}
      <Button type="submit" appearance="secondary-action-button" disabled={busy}>
        {t('ops.followUp.add')}
      </Button>
      <StatusMessage message={message} />
    </form>
  );
}
