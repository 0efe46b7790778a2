import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, RouterLink, useApiAction, useLanguage, type AppointmentResponse, type UpdateAppointmentRequest } from '@meedoen/web';
import { useId, useState } from 'react';
import { useCaseworkerT } from '../../messages';
import { formatTime } from './dates';
import { FollowUpPanel } from './FollowUpPanel';
import { StatusMessage } from './StatusMessage';

const OPEN_STATUSES: readonly AppointmentResponse['status'][] = ['planned', 'confirmed'];
const RECORDED_STATUSES: readonly AppointmentResponse['status'][] = ['attended', 'no-show'];

/** One appointment: when, with whom, how; once it has started, whether the resident came; then the follow-up. */
export function AppointmentItem({ appointment: loaded, headingLevel }: { appointment: AppointmentResponse; headingLevel: 3 | 4 }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const [appointment, setAppointment] = useState(loaded);
  const [message, setMessage] = useState<string>();
  const [followUpOpen, setFollowUpOpen] = useState(false);
  const followUpId = useId();
  const { busy, problem, run } = useApiAction();

  const record = async (status: Extract<UpdateAppointmentRequest['status'], 'attended' | 'no-show'>) => {
    const body: UpdateAppointmentRequest = { status };
    const saved = (await run(() => apiRequest<AppointmentResponse>(`/appointments/${appointment.id}`, { method: 'PATCH', body })))?.value;
    if (!saved) return;
    setAppointment(saved);
    setMessage(status === 'attended' ? t('ops.appointments.recordedAttended') : t('ops.appointments.recordedNoShow'));
    setFollowUpOpen(status === 'no-show');
  };

  const canRecord = OPEN_STATUSES.includes(appointment.status) && Date.parse(appointment.startsAt) <= Date.now();
  const closed = !OPEN_STATUSES.includes(appointment.status);
  const time = t('ops.appointments.time', { start: formatTime(appointment.startsAt, language), end: formatTime(appointment.endsAt, language) });
  return (
    <li className={closed ? 'ops-appointment ops-appointment--closed' : 'ops-appointment'}>
      <Heading level={headingLevel}>
        {time}, {t('ops.appointments.with', { name: appointment.seeker.displayName })}
      </Heading>
      <Paragraph>
        <strong>{t('ops.appointments.statusLabel', { status: t(`ops.appointmentStatus.${appointment.status}`) })}</strong>
      </Paragraph>
      <Paragraph>
        {t(`ops.mode.${appointment.mode}`)}
        {appointment.location && `: ${appointment.location}`}
        {appointment.videoUrl && (
          <>
            {': '}
            <Link href={appointment.videoUrl}>{t('ops.appointments.videoLink')}</Link>
          </>
        )}
      </Paragraph>
      <Paragraph>{t('ops.appointments.purpose', { purpose: appointment.purpose })}</Paragraph>
      <Paragraph>{t('ops.appointments.plannedBy', { name: appointment.caseworker.displayName })}</Paragraph>
      <Paragraph>
        <RouterLink to={`/werkzoekenden/${appointment.seeker.id}`}>{t('ops.residentLink', { name: appointment.seeker.displayName })}</RouterLink>
      </Paragraph>
      {appointment.cancellationReason && <Paragraph>{t('ops.appointments.cancelReason', { reason: appointment.cancellationReason })}</Paragraph>}
      {canRecord && (
        <div className="ops-actions">
          <Button appearance="primary-action-button" disabled={busy} onClick={() => record('attended')}>
            {t('ops.appointments.attended')}
          </Button>
          <Button appearance="secondary-action-button" disabled={busy} onClick={() => record('no-show')}>
            {t('ops.appointments.noShow')}
          </Button>
        </div>
      )}
      {problem && <ErrorState problem={problem} />}
      <StatusMessage message={message} takeFocus />
      {RECORDED_STATUSES.includes(appointment.status) && (
        <>
          <Button
            appearance="secondary-action-button"
            aria-expanded={followUpOpen}
            aria-controls={followUpId}
            onClick={() => setFollowUpOpen((open) => !open)}
          >
            {t('ops.appointments.followUpToggle')}
          </Button>
          <div id={followUpId} hidden={!followUpOpen}>
            {followUpOpen && <FollowUpPanel appointment={appointment} headingLevel={headingLevel === 3 ? 4 : 5} />}
          </div>
        </>
      )}
    </li>
  );
}
