import { Heading, Paragraph } from '@utrecht/component-library-react';
import { EmptyState, ErrorState, LoadingState, PageHeading, RouterLink, useApiQuery, useLanguage, type VacancyMatchListResponse } from '@meedoen/web';
import { MatchCard } from '../components/MatchCard';
import { SkillsToLearn } from '../components/SkillsToLearn';
import { useSeekerT } from '../messages';

/** "Voor jou": open places ranked for the signed-in seeker, each with a plain explanation of why. */
export function ForYouPage() {
  const t = useSeekerT();
  const { language } = useLanguage();
  const matches = useApiQuery<VacancyMatchListResponse>(`/seekers/me/matches?pageSize=20&language=${language}`);
  return (
    <>
      <PageHeading>{t('section.forYou')}</PageHeading>
      <Paragraph lead>{t('forYou.intro')}</Paragraph>
      <Paragraph>
        {t('forYou.searchHint')} <RouterLink to="/zoeken">{t('forYou.toSearch')}</RouterLink>
      </Paragraph>
      {matches.status === 'loading' && <LoadingState />}
      {matches.status === 'error' && <ErrorState problem={matches.problem} onRetry={matches.reload} />}
      {matches.status === 'success' &&
        (matches.data.items.length === 0 && matches.data.nearMisses.length === 0 ? (
          <EmptyState message={t('forYou.empty')} action={<RouterLink to="/profiel">{t('home.toProfile')}</RouterLink>} />
        ) : (
          <>
            <Paragraph>{t('forYou.count', { count: String(matches.data.total) })}</Paragraph>
            <ol className="meedoen-card-list">
              {matches.data.items.map((match) => (
                <li key={match.vacancy.vacancyId}>
                  <MatchCard match={match} />
                </li>
              ))}
            </ol>
            {matches.data.nearMisses.length > 0 && (
              <section aria-labelledby="near-misses">
                <Heading level={2} id="near-misses">
                  {t('forYou.nearMissesTitle')}
                </Heading>
                <Paragraph>{t('forYou.nearMissesIntro')}</Paragraph>
                <ol className="meedoen-card-list">
                  {matches.data.nearMisses.map((match) => (
                    <li key={match.vacancy.vacancyId}>
                      <MatchCard match={match} />
                    </li>
                  ))}
                </ol>
              </section>
            )}
          </>
        ))}
      <SkillsToLearn />
    </>
  );
}
