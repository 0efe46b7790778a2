import { Heading } from '@utrecht/component-library-react';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  RouterLink,
  useApiQuery,
  type ApplicationListResponse,
  type AppointmentListResponse,
  type CaseActionListResponse,
  type PlacementListResponse,
  type ProposalListResponse,
} from '@meedoen/web';
import type { ReactNode } from 'react';
import { useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';

interface TimelineEvent {
  at: string;
  text: string;
  link?: string;
}

const LIST = 'pageSize=100';
const OPEN_APPOINTMENT = ['planned', 'confirmed'];

/** Applications, appointments, placements and proposals of one resident, and everything that happened in one timeline, newest first. */
export function CaseOverview({ seekerId }: { seekerId: string }) {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const applications = useApiQuery<ApplicationListResponse>(`/applications?seekerId=${seekerId}&${LIST}`);
  const appointments = useApiQuery<AppointmentListResponse>(`/appointments?seekerId=${seekerId}&${LIST}`);
  const placements = useApiQuery<PlacementListResponse>(`/placements?seekerId=${seekerId}&${LIST}`);
  const proposals = useApiQuery<ProposalListResponse>(`/proposals?seekerId=${seekerId}&${LIST}`);
  const actions = useApiQuery<CaseActionListResponse>(`/seekers/${seekerId}/case-actions`);
  const failed = [applications, appointments, placements, proposals, actions].find((query) => query.status === 'error');

  if (failed?.status === 'error') return <ErrorState problem={failed.problem} onRetry={failed.reload} />;
  if (
    applications.status !== 'success' ||
    appointments.status !== 'success' ||
    placements.status !== 'success' ||
    proposals.status !== 'success' ||
    actions.status !== 'success'
  ) {
    return <LoadingState />;
  }

  const events: TimelineEvent[] = [
    ...applications.data.items.flatMap((application) =>
      application.steps.map((step) => ({
        at: step.occurredAt,
        text: t('timeline.application', { vacancy: application.vacancy.title, status: t(`applicationStatus.${step.toStatus}`) }),
      })),
    ),
    ...appointments.data.items.map((appointment) => ({
      at: appointment.startsAt,
      text: t('timeline.appointment', { purpose: appointment.purpose, status: t(`appointmentStatus.${appointment.status}`) }),
    })),
    ...placements.data.items.flatMap((placement) => [
      { at: placement.startDate, text: t('timeline.placementStart', { employer: placement.employer.name, kind: t(`vacancyKind.${placement.kind}`) }) },
      ...placement.checkIns.flatMap((checkIn) =>
        checkIn.completedAt && checkIn.outcome ? [{ at: checkIn.completedAt, text: t('timeline.checkIn', { employer: placement.employer.name, outcome: t(`checkInOutcome.${checkIn.outcome}`) }) }] : [],
      ),
      ...(placement.endedOn ? [{ at: placement.endedOn, text: t('timeline.placementEnd', { employer: placement.employer.name }) }] : []),
    ]),
    ...proposals.data.items.map((proposal) => ({
      at: proposal.createdAt,
      text: t('timeline.proposal', { vacancy: proposal.vacancy.title, status: t(`proposalStatus.${proposal.status}`) }),
      link: `/voordrachten/${proposal.id}`,
    })),
    ...actions.data.items.flatMap((action) => [
      { at: action.createdAt, text: t('timeline.actionCreated', { action: action.description }) },
      ...(action.doneAt ? [{ at: action.doneAt, text: t('timeline.actionDone', { action: action.description }) }] : []),
    ]),
  ].sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime());

  const upcoming = appointments.data.items.filter((appointment) => OPEN_APPOINTMENT.includes(appointment.status));

  return (
    <>
      <div className="regie-columns">
        <Panel id="applications" title={t('overview.applications')} empty={t('overview.noApplications')}>
          {applications.data.items.map((application) => (
            <li key={application.id}>
              {application.vacancy.title} ({application.vacancy.employer.name}): {t(`applicationStatus.${application.status}`)}
            </li>
          ))}
        </Panel>
        <Panel id="appointments" title={t('overview.appointments')} empty={t('overview.noAppointments')}>
          {upcoming.map((appointment) => (
            <li key={appointment.id}>
              {format.dateTime(appointment.startsAt)}: {appointment.purpose} ({t(`appointmentStatus.${appointment.status}`)})
            </li>
          ))}
        </Panel>
        <Panel id="placements" title={t('overview.placements')} empty={t('overview.noPlacements')}>
          {placements.data.items.map((placement) => (
            <li key={placement.id}>
              {placement.employer.name}, {t(`vacancyKind.${placement.kind}`)}: {t(`placementStatus.${placement.status}`)}
            </li>
          ))}
        </Panel>
        <Panel id="proposals" title={t('overview.proposals')} empty={t('overview.noProposals')}>
          {proposals.data.items.map((proposal) => (
            <li key={proposal.id}>
              <RouterLink to={`/voordrachten/${proposal.id}`}>{proposal.vacancy.title}</RouterLink>: {t(`proposalStatus.${proposal.status}`)}
            </li>
          ))}
        </Panel>
      </div>
      <section aria-labelledby="timeline-heading">
        <Heading level={2} id="timeline-heading">
          {t('timeline.title')}
        </Heading>
        {events.length === 0 ? (
          <EmptyState message={t('timeline.empty')} />
        ) : (
          <ol className="regie-list regie-timeline">
            {events.map((event, index) => (
              <li key={`${event.at}-${index}`}>
                <time dateTime={event.at}>{format.date(event.at)}</time>
                {event.link ? <RouterLink to={event.link}>{event.text}</RouterLink> : event.text}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function Panel({ id, title, empty, children }: { id: string; title: string; empty: string; children: ReactNode[] }) {
  return (
    <section className="regie-panel" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {title}
      </Heading>
      {children.length === 0 ? <EmptyState message={empty} /> : <ul className="regie-list">{children}</ul>}
    </section>
  );
}
