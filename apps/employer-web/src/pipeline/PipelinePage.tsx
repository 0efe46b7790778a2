import { Heading, Paragraph } from '@utrecht/component-library-react';
import { EmptyState, ErrorState, LoadingState, PageHeading, RouterLink, useApiQuery, type ApplicationListResponse, type VacancyResponse } from '@meedoen/web';
import { useParams } from 'react-router';
import { Flash, useFlash } from '../components/Flash';
import { useEmployerT } from '../messages';
import { ApplicationCard } from './ApplicationCard';
import { COLUMNS, type ApplicationStatus } from './pipeline-steps';

const MAX_APPLICATIONS = 100;

/** The applications of one vacancy on a board with a column per stage (one below the other on small screens). */
export function PipelinePage() {
  const t = useEmployerT();
  const { vacancyId } = useParams();
  const vacancy = useApiQuery<VacancyResponse>(`/vacancies/${vacancyId}`);
  const applications = useApiQuery<ApplicationListResponse>(`/applications?vacancyId=${vacancyId}&pageSize=${MAX_APPLICATIONS}`);
  const [flash, setFlash] = useFlash();
  const title = vacancy.status === 'success' ? t('pipeline.title', { title: vacancy.data.title }) : t('vacancy.pipeline');

  const moved = (name: string, status: ApplicationStatus) => {
    setFlash(t('pipeline.moved', { name, column: t(`pipeline.column.${status === 'withdrawn' || status === 'rejected' ? 'ended' : status}`) }));
    applications.reload();
  };

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Paragraph>
        <RouterLink to={`/vacatures/${vacancyId}`}>{t('common.backToVacancy')}</RouterLink>
      </Paragraph>
      <Paragraph>{t('pipeline.intro')}</Paragraph>
      <Flash message={flash} />
      {vacancy.status === 'error' && <ErrorState problem={vacancy.problem} onRetry={vacancy.reload} />}
      {applications.status === 'loading' && <LoadingState />}
      {applications.status === 'error' && <ErrorState problem={applications.problem} onRetry={applications.reload} />}
      {applications.status === 'success' && applications.data.items.length === 0 && (
        <EmptyState message={t('pipeline.empty')} action={<RouterLink to={`/vacatures/${vacancyId}/kandidaten`}>{t('pipeline.toMatches')}</RouterLink>} />
      )}
      {applications.status === 'success' && applications.data.items.length > 0 && (
        <div className="employer-board">
          {COLUMNS.map((column) => {
            const items = applications.data.items.filter((item) => column.statuses.includes(item.status as ApplicationStatus));
            const headingId = `column-${column.id}`;
            return (
              <section key={column.id} className="employer-board__column" aria-labelledby={headingId}>
                <Heading level={2} id={headingId} className="employer-board__title">
                  {t('pipeline.columnTitle', { column: t(`pipeline.column.${column.id as 'applied'}`), count: items.length })}
                </Heading>
                {items.length === 0 ? (
                  <Paragraph className="employer-board__empty">{t('pipeline.columnEmpty')}</Paragraph>
                ) : (
                  <ul className="employer-plain-list">
                    {items.map((application) => (
                      <ApplicationCard key={application.id} application={application} onMoved={moved} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
