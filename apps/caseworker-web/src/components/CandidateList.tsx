import { Heading, Paragraph } from '@utrecht/component-library-react';
import { EmptyState, ErrorState, LoadingState, RouterLink, useApiQuery, useLanguage, type CandidateMatchListResponse, type CandidateMatchResponse } from '@meedoen/web';
import { useCaseworkerT } from '../messages';
import { MatchResult } from './MatchResult';

/** The residents of the caseworker's municipality ranked for a vacancy; near misses in their own, marked section. */
export function CandidateList({ vacancyId }: { vacancyId: string }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const matches = useApiQuery<CandidateMatchListResponse>(`/vacancies/${vacancyId}/matches?pageSize=20&language=${language}`);

  const card = (match: CandidateMatchResponse) => {
    const name = match.candidate.displayName ?? t('matches.anonymous');
    return (
      <li key={match.candidate.seekerId}>
        <MatchResult
          id={match.candidate.seekerId}
          outcome={match.outcome}
          score={match.score}
          title={<RouterLink to={`/werkzoekenden/${match.candidate.seekerId}`}>{name}</RouterLink>}
          name={name}
          facts={t('matches.candidateFacts')}
          explanation={match.explanation}
          proposal={{ vacancyId, seekerId: match.candidate.seekerId, who: name }}
        />
      </li>
    );
  };

  return (
    <section aria-labelledby="candidates-heading">
      <Heading level={2} id="candidates-heading">
        {t('matches.candidatesTitle')}
      </Heading>
      {matches.status === 'loading' && <LoadingState />}
      {matches.status === 'error' && <ErrorState problem={matches.problem} onRetry={matches.reload} />}
      {matches.status === 'success' &&
        (matches.data.items.length === 0 && matches.data.nearMisses.length === 0 ? (
          <EmptyState message={t('matches.candidatesEmpty')} />
        ) : (
          <>
            <Paragraph>{t('matches.count', { count: matches.data.total, nearMisses: matches.data.totalNearMisses })}</Paragraph>
            {matches.data.items.length > 0 && <ol className="meedoen-card-list">{matches.data.items.map(card)}</ol>}
            {matches.data.nearMisses.length > 0 && (
              <>
                <Heading level={3}>{t('matches.nearMissesTitle')}</Heading>
                <Paragraph>{t('matches.nearMissesIntro')}</Paragraph>
                <ol className="meedoen-card-list">{matches.data.nearMisses.map(card)}</ol>
              </>
            )}
          </>
        ))}
    </section>
  );
}
