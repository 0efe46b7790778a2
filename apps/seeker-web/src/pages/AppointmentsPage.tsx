import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import {
  apiRequest,
  calendarFileUrl,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  useApiAction,
  useApiQuery,
  type AppointmentListResponse,
  type AppointmentResponse,
} from '@meedoen/web';
import { useDates } from '../components/useDates';
import { useSeekerT } from '../messages';

const UPCOMING: readonly AppointmentResponse['status'][] = ['planned', 'confirmed'];

/** Appointments with the caseworker: confirm them, and put them in your own calendar (.ics). */
export function AppointmentsPage() {
  const t = useSeekerT();
  const appointments = useApiQuery<AppointmentListResponse>('/appointments?pageSize=50');
  const now = Date.now();
  const items = appointments.status === 'success' ? appointments.data.items : [];
  const upcoming = items.filter((item) => UPCOMING.includes(item.status) && new Date(item.endsAt).getTime() >= now);
  const earlier = items.filter((item) => !upcoming.includes(item));
  return (
    <>
      <PageHeading>{t('section.appointments')}</PageHeading>
      <Paragraph lead>{t('appointments.intro')}</Paragraph>
      {appointments.status === 'loading' && <LoadingState />}
      {appointments.status === 'error' && <ErrorState problem={appointments.problem} onRetry={appointments.reload} />}
      {appointments.status === 'success' && (
        <>
          <Heading level={2}>{t('appointments.upcoming')}</Heading>
          {upcoming.length === 0 ? (
            <EmptyState message={t('appointments.noneUpcoming')} />
          ) : (
            <ul className="meedoen-card-list">
              {upcoming.map((appointment) => (
                <li key={appointment.id} className="meedoen-card">
                  <AppointmentCard appointment={appointment} onChanged={appointments.reload} />
                </li>
              ))}
            </ul>
          )}
          {earlier.length > 0 && (
            <>
              <Heading level={2}>{t('appointments.earlier')}</Heading>
              <ul className="meedoen-card-list">
                {earlier.map((appointment) => (
                  <li key={appointment.id} className="meedoen-card">
                    <AppointmentCard appointment={appointment} onChanged={appointments.reload} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
}

function AppointmentCard({ appointment, onChanged }: { appointment: AppointmentResponse; onChanged: () => void }) {
  const t = useSeekerT();
  const { busy, problem, run } = useApiAction();
  const dates = useDates();
  const start = new Date(appointment.startsAt);
  const end = new Date(appointment.endsAt);
  const when = t('appointments.when', {
    date: dates.day(start),
    start: dates.time(start),
    end: dates.time(end),
  });
  const where = appointment.mode === 'in-person' ? (appointment.location ?? '') : t(`appointments.mode.${appointment.mode}`);
  const title = t('appointments.with', { name: appointment.caseworker.displayName });
  const confirm = async () => {
    if (await run(() => apiRequest(`/appointments/${appointment.id}`, { method: 'PATCH', body: { status: 'confirmed' } }))) onChanged();
  };
  const isUpcoming = UPCOMING.includes(appointment.status) && end.getTime() >= Date.now();
  return (
    <article aria-labelledby={`appointment-${appointment.id}`}>
      <Heading level={3} id={`appointment-${appointment.id}`} className="meedoen-card__title">
        {when}
      </Heading>
      <dl className="meedoen-facts">
        <dt>{t('appointments.withLabel')}</dt>
        <dd>{appointment.caseworker.displayName}</dd>
        <dt>{t('appointments.whereLabel')}</dt>
        <dd>
          {where}
          {appointment.videoUrl && (
            <>
              {' '}
              <a className="utrecht-link" href={appointment.videoUrl}>
                {t('appointments.videoLink')}
              </a>
            </>
          )}
        </dd>
        <dt>{t('appointments.purposeLabel')}</dt>
        <dd>{appointment.purpose}</dd>
        <dt>{t('responses.status')}</dt>
        <dd>
          <span className="meedoen-status">{t(`appointmentStatus.${appointment.status}`)}</span>
        </dd>
      </dl>
      {appointment.cancellationReason && <Paragraph>{t('appointments.cancelReason', { reason: appointment.cancellationReason })}</Paragraph>}
      {problem && <ErrorState problem={problem} />}
      {isUpcoming && (
        <div className="meedoen-actions">
          {appointment.status === 'planned' && (
            <Button appearance="primary-action-button" disabled={busy} onClick={confirm}>
              {t('appointments.confirm')}
            </Button>
          )}
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={calendarFileUrl({
              uid: `${appointment.id}@meedoen`,
              start,
              end,
              summary: title,
              description: appointment.purpose,
              location: where || undefined,
              url: appointment.videoUrl ?? undefined,
            })}
            download={`afspraak-${start.toISOString().slice(0, 10)}.ics`}
          >
            {t('appointments.addToCalendar')}
          </a>
        </div>
      )}
    </article>
  );
}
