import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, SelectField, TextareaField, TextField, useApiAction, type ApplicationResponse, type UpdateApplicationRequest } from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useFormatDate } from '../components/format';
import { useEmployerT } from '../messages';
import { EMPLOYER_STEPS, REJECTION_REASONS, type ApplicationStatus, type RejectionReason } from './pipeline-steps';

interface ApplicationCardProps {
  application: ApplicationResponse;
  onMoved: (name: string, status: ApplicationStatus) => void;
}

type Form = 'interview' | 'rejected' | null;

/** One applicant on the board: who (they applied, so the name is shared), how it came in, and the next steps. */
export function ApplicationCard({ application, onMoved }: ApplicationCardProps) {
  const t = useEmployerT();
  const formatDate = useFormatDate();
  const action = useApiAction();
  const [form, setForm] = useState<Form>(null);
  const [note, setNote] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [location, setLocation] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ startsAt?: string; location?: string; reason?: string }>({});
  const name = application.seeker.displayName;
  const status = application.status as ApplicationStatus;
  const headingId = `application-${application.id}`;
  const applied = application.steps[0]?.occurredAt ?? application.createdAt;

  const move = (to: ApplicationStatus, extra: Partial<UpdateApplicationRequest> = {}) =>
    action.run(async () => {
      await apiRequest(`/applications/${application.id}`, {
        method: 'PATCH',
        body: { status: to, ...(note.trim() ? { note: note.trim() } : {}), ...extra },
      });
      setForm(null);
      onMoved(name, to);
    }, { name: to });

  const submitInterview = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      startsAt: !startsAt ? t('pipeline.error.startsAt') : new Date(startsAt).getTime() <= Date.now() ? t('pipeline.error.startsAtPast') : undefined,
      location: location.trim().length < 2 ? t('pipeline.error.location') : undefined,
    };
    setErrors(found);
    if (found.startsAt || found.location) return;
    void move('interview', { interview: { startsAt: new Date(startsAt).toISOString(), location: location.trim() } });
  };
  const submitRejection = (event: FormEvent) => {
    event.preventDefault();
    setErrors({ reason: reason ? undefined : t('pipeline.error.reason') });
    if (reason) void move('rejected', { rejectionReason: reason as RejectionReason });
  };

  const noteField = (
    <TextareaField name={`note-${application.id}`} label={t('pipeline.note')} description={t('pipeline.noteHint')} rows={2} maxLength={2000} value={note} onChange={setNote} />
  );
  const cancel = (
    <Button type="button" appearance="secondary-action-button" onClick={() => setForm(null)}>
      {t('common.cancel')}
    </Button>
  );

  return (
    <li className="employer-application">
      <article aria-labelledby={headingId}>
        <Heading level={3} id={headingId}>
          {name}
        </Heading>
        <Paragraph>{t(`pipeline.origin.${application.origin as 'direct' | 'invitation' | 'proposal'}`, { date: formatDate(applied) })}</Paragraph>
        {application.seeker.email && (
          <Paragraph>
            <a className="utrecht-link" href={`mailto:${application.seeker.email}`}>
              {application.seeker.email}
            </a>
          </Paragraph>
        )}
        {application.motivation && (
          <details className="employer-details">
            <summary>{t('pipeline.motivation')}</summary>
            <Paragraph className="employer-preview__description">{application.motivation}</Paragraph>
          </details>
        )}
        {application.interview && (
          <Paragraph>{t('pipeline.interviewPlanned', { when: formatDate(application.interview.startsAt, true), where: application.interview.location })}</Paragraph>
        )}
        {application.rejection && <Paragraph>{t('pipeline.rejectedBecause', { reason: t(`reason.${application.rejection.reason as RejectionReason}`) })}</Paragraph>}
        {status === 'withdrawn' && <Paragraph>{t('pipeline.withdrawn')}</Paragraph>}
        {action.problem && <ErrorState problem={action.problem} />}

        {form === null && EMPLOYER_STEPS[status].length > 0 && (
          <ButtonGroup>
            {EMPLOYER_STEPS[status].map((to) => (
              <Button
                key={to}
                appearance={to === 'rejected' ? 'secondary-action-button' : 'primary-action-button'}
                busy={action.busyWith === to}
                disabled={action.busy}
                onClick={() => (to === 'interview' || to === 'rejected' ? setForm(to) : move(to))}
                aria-describedby={headingId}
              >
                {t(`pipeline.step.${to as 'in-review' | 'interview' | 'offered' | 'hired' | 'rejected'}`)}
              </Button>
            ))}
          </ButtonGroup>
        )}

        {form === 'interview' && (
          <form className="meedoen-form" noValidate onSubmit={submitInterview} aria-label={t('pipeline.interviewFormLabel', { name })}>
            <TextField name={`startsAt-${application.id}`} type="datetime-local" label={t('pipeline.startsAt')} required value={startsAt} onChange={setStartsAt} error={errors.startsAt} />
            <TextField name={`location-${application.id}`} label={t('pipeline.location')} description={t('pipeline.locationHint')} required maxLength={200} value={location} onChange={setLocation} error={errors.location} />
            {noteField}
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={action.busyWith === 'interview'} disabled={action.busy}>
                {t('pipeline.planInterview')}
              </Button>
              {cancel}
            </ButtonGroup>
          </form>
        )}

        {form === 'rejected' && (
          <form className="meedoen-form" noValidate onSubmit={submitRejection} aria-label={t('pipeline.rejectFormLabel', { name })}>
            <SelectField
              name={`reason-${application.id}`}
              label={t('pipeline.reason')}
              description={t('pipeline.reasonHint')}
              required
              placeholder=""
              options={REJECTION_REASONS.map((value) => ({ value, label: t(`reason.${value}`) }))}
              value={reason}
              onChange={setReason}
              error={errors.reason}
            />
            {noteField}
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={action.busyWith === 'rejected'} disabled={action.busy}>
                {t('pipeline.sendRejection')}
              </Button>
              {cancel}
            </ButtonGroup>
          </form>
        )}
      </article>
    </li>
  );
}
