import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { MatchExplanationResponse } from '@meedoen/web';
import { useState, type ReactNode } from 'react';
import { useCaseworkerT } from '../messages';
import { ProposeForm } from './ProposeForm';

export interface MatchResultProps {
  id: string;
  outcome: 'match' | 'near-miss';
  score: number;
  title: ReactNode;
  /** Plain text name of what the card is about, for button labels. */
  name: string;
  facts: string;
  explanation: MatchExplanationResponse;
  /** The vacancy and resident a proposal would be for. */
  proposal: { vacancyId: string; seekerId: string; who: string };
}

/** One result of the matching, with its explanation; a near miss says so in words as well as by its look. */
export function MatchResult({ id, outcome, score, title, name, facts, explanation, proposal }: MatchResultProps) {
  const t = useCaseworkerT();
  const [proposing, setProposing] = useState(false);
  const headingId = `match-${id}`;
  return (
    <article className={outcome === 'near-miss' ? 'meedoen-card regie-near-miss' : 'meedoen-card'} aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {title}
      </Heading>
      <Paragraph>{facts}</Paragraph>
      <Paragraph>
        {outcome === 'near-miss' && <span className="regie-tag">{t('matches.nearMissTag')}</span>}
        <strong>{t('match.score', { score })}</strong>
      </Paragraph>
      <ul>
        {explanation.sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      {proposing ? (
        <ProposeForm {...proposal} onCancel={() => setProposing(false)} />
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setProposing(true)} aria-label={t('matches.proposeNamed', { name })}>
          {t('matches.propose')}
        </Button>
      )}
    </article>
  );
}
