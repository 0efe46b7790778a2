import { Heading, Paragraph } from '@utrecht/component-library-react';
import { EmptyState, ErrorState, LoadingState, PageHeading, RouterLink, useApiQuery, useLanguage, type CaseloadItemResponse, type VacancyMatchListResponse, type VacancyMatchResponse } from '@meedoen/web';
import { useParams } from 'react-router';
import { MatchResult } from '../components/MatchResult';
import { useCaseworkerT } from '../messages';
import '../casework.css';

/** Open vacancies ranked for one resident, near misses apart: work that almost fits is worth brokering. */
export function ResidentMatchesPage() {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const { seekerId = '' } = useParams();
  const caseFile = useApiQuery<CaseloadItemResponse>(`/seekers/${seekerId}/case-file`);
  const matches = useApiQuery<VacancyMatchListResponse>(`/seekers/${seekerId}/matches?pageSize=20&language=${language}`);
  const name = caseFile.status === 'success' ? caseFile.data.displayName : '';

  const card = (match: VacancyMatchResponse) => (
    <li key={match.vacancy.vacancyId}>
      <MatchResult
        id={match.vacancy.vacancyId}
        outcome={match.outcome}
        score={match.score}
        title={<RouterLink to={`/vacatures/${match.vacancy.vacancyId}`}>{match.vacancy.title}</RouterLink>}
        name={match.vacancy.title}
        facts={[match.vacancy.employerName, match.vacancy.city, t(`vacancyKind.${match.vacancy.kind}`), t('hours.range', { min: match.vacancy.hoursMin, max: match.vacancy.hoursMax })].filter(Boolean).join(' · ')}
        explanation={match.explanation}
        proposal={{ vacancyId: match.vacancy.vacancyId, seekerId, who: name }}
      />
    </li>
  );

  return (
    <>
      <RouterLink to={`/werkzoekenden/${seekerId}`}>{name ? t('intakeForm.backTo', { name }) : t('intakeForm.back')}</RouterLink>
      <PageHeading>{name ? t('matches.residentTitleFor', { name }) : t('matches.residentTitle')}</PageHeading>
      {caseFile.status === 'error' && <ErrorState problem={caseFile.problem} onRetry={caseFile.reload} />}
      {matches.status === 'loading' && <LoadingState />}
      {matches.status === 'error' && <ErrorState problem={matches.problem} onRetry={matches.reload} />}
      {matches.status === 'success' &&
        (matches.data.items.length === 0 && matches.data.nearMisses.length === 0 ? (
          <EmptyState message={t('matches.residentEmpty')} />
        ) : (
          <>
            <Paragraph>{t('matches.count', { count: matches.data.total, nearMisses: matches.data.totalNearMisses })}</Paragraph>
            <section aria-labelledby="matches-heading">
              <Heading level={2} id="matches-heading">
                {t('matches.title')}
              </Heading>
              {matches.data.items.length === 0 ? <EmptyState message={t('matches.noMatches')} /> : <ol className="meedoen-card-list">{matches.data.items.map(card)}</ol>}
            </section>
            {matches.data.nearMisses.length > 0 && (
              <section aria-labelledby="near-misses-heading">
                <Heading level={2} id="near-misses-heading">
                  {t('matches.nearMissesTitle')}
                </Heading>
                <Paragraph>{t('matches.nearMissesIntro')}</Paragraph>
                <ol className="meedoen-card-list">{matches.data.nearMisses.map(card)}</ol>
              </section>
            )}
          </>
        ))}
    </>
  );
}
