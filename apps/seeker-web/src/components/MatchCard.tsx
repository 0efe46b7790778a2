import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { VacancyMatchResponse } from '@meedoen/web';
import { useSeekerT } from '../messages';

/** One matched place: what and where, how well it fits, and the engine's explanation in plain sentences. */
export function MatchCard({ match }: { match: VacancyMatchResponse }) {
  const t = useSeekerT();
  const { vacancy } = match;
  const headingId = `match-${vacancy.vacancyId}`;
  return (
    <article className="meedoen-card" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {vacancy.title}
      </Heading>
      <Paragraph>
        {[vacancy.employerName, vacancy.city, t(`vacancyKind.${vacancy.kind}`), t('hours.range', { min: String(vacancy.hoursMin), max: String(vacancy.hoursMax) })]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      <Paragraph>
        <strong>{t('match.score', { score: String(match.score) })}</strong>
      </Paragraph>
      <Heading level={4}>{match.outcome === 'near-miss' ? t('forYou.whyNot') : t('forYou.why')}</Heading>
      <UnorderedList>
        {match.explanation.sentences.map((sentence) => (
          <UnorderedListItem key={sentence}>{sentence}</UnorderedListItem>
        ))}
      </UnorderedList>
    </article>
  );
}
