import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { RouterLink, type VacancyMatchResponse } from '@meedoen/web';
import { useSeekerT } from '../messages';

/**
 * The API's sentences come in a fixed order: for a near miss first "Bijna een match." and then the one rule that
 * failed; then what fits; last the score in parts. So the reason a near miss failed is the second sentence.
 */
function splitSentences(match: VacancyMatchResponse) {
  const sentences = match.explanation.sentences;
  const scoreParts = sentences.at(-1);
  if (match.outcome === 'near-miss') return { failed: sentences[1], fits: sentences.slice(2, -1), scoreParts };
  return { failed: undefined, fits: sentences.slice(0, -1), scoreParts };
}

/** One matched place: what and where, how well it fits, why, and for a near miss what does not fit. */
export function MatchCard({ match }: { match: VacancyMatchResponse }) {
  const t = useSeekerT();
  const { vacancy } = match;
  const headingId = `match-${vacancy.vacancyId}`;
  const { failed, fits, scoreParts } = splitSentences(match);
  return (
    <article className="meedoen-card" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} className="meedoen-card__title">
        <RouterLink to={`/vacatures/${vacancy.vacancyId}`}>{vacancy.title}</RouterLink>
      </Heading>
      <Paragraph>
        {[vacancy.employerName, vacancy.city, t(`vacancyKind.${vacancy.kind}`), t('hours.range', { min: String(vacancy.hoursMin), max: String(vacancy.hoursMax) })]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      <Paragraph>
        <strong>{t('match.score', { score: String(match.score) })}</strong>
      </Paragraph>
      {failed && (
        <div className="meedoen-near-miss">
          <Heading level={4}>{t('forYou.whyNot')}</Heading>
          <Paragraph>{failed}</Paragraph>
        </div>
      )}
      {fits.length > 0 && (
        <>
          <Heading level={4}>{t('forYou.why')}</Heading>
          <UnorderedList>
            {fits.map((sentence) => (
              <UnorderedListItem key={sentence}>{sentence}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {scoreParts && (
        <details className="meedoen-details">
          <summary>{t('forYou.howScored')}</summary>
          <Paragraph>{scoreParts}</Paragraph>
        </details>
      )}
    </article>
  );
}
