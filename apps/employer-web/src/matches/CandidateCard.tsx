import { Button, ButtonGroup, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, joinAsList, RouterLink, TextareaField, useApiAction, useT, type CandidateMatchResponse, type InvitationResponse, type VacancyResponse } from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useFormatDate } from '../components/format';
import { useEmployerT } from '../messages';
import { SCORE_PARTS, skillsOfMatch } from './match-skills';

interface CandidateCardProps {
  rank: number;
  match: CandidateMatchResponse;
  vacancy: VacancyResponse;
  invitation: InvitationResponse | undefined;
  onInvited: () => void;
}

/** One ranked candidate: anonymous until they applied, with the score in parts, the skills, and the invitation. */
export function CandidateCard({ rank, match, vacancy, invitation, onInvited }: CandidateCardProps) {
  const t = useEmployerT();
  const shared = useT();
  const formatDate = useFormatDate();
  const [inviting, setInviting] = useState(false);
  const [message, setMessage] = useState('');
  const action = useApiAction();
  const skills = skillsOfMatch(match, vacancy);
  const name = match.candidate.identityShared && match.candidate.displayName ? match.candidate.displayName : t('matches.anonymous', { rank });
  const headingId = `candidate-${match.candidate.seekerId}`;
  const canInvite = !match.candidate.identityShared && !invitation && vacancy.status === 'published';

  const invite = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await apiRequest(`/vacancies/${vacancy.id}/invitations`, {
        method: 'POST',
        body: { seekerId: match.candidate.seekerId, ...(message.trim() ? { message: message.trim() } : {}) },
      });
      setInviting(false);
      onInvited();
    }, { name: 'invite' });
  };

  return (
    <li className="meedoen-card employer-candidate">
      <article aria-labelledby={headingId}>
        <Heading level={2} id={headingId} className="meedoen-card__title">
          {name}
        </Heading>
        <Paragraph>
          <strong>{shared('match.score', { score: match.score })}</strong>
        </Paragraph>
        <details className="employer-details">
          <summary>{t('matches.breakdown')}</summary>
          <table className="employer-table">
            <caption className="employer-visually-hidden">{t('matches.breakdownCaption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matches.part')}</th>
                <th scope="col">{t('matches.points')}</th>
              </tr>
            </thead>
            <tbody>
              {SCORE_PARTS.map((part) => (
                <tr key={part}>
                  <th scope="row">{t(`part.${part}`)}</th>
                  <td>{match.breakdown[part] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        {skills.matched.length > 0 && <Paragraph>{t('matches.matchedSkills', { skills: joinAsList(skills.matched, t('common.and')) })}</Paragraph>}
        {skills.partial.length > 0 && <Paragraph>{t('matches.partialSkills', { skills: joinAsList(skills.partial, t('common.and')) })}</Paragraph>}
        {skills.missing.length > 0 && <Paragraph>{t('matches.missingSkills', { skills: joinAsList(skills.missing, t('common.and')) })}</Paragraph>}
        <UnorderedList>
          {match.explanation.sentences.map((sentence) => (
            <UnorderedListItem key={sentence}>{sentence}</UnorderedListItem>
          ))}
        </UnorderedList>
        {match.candidate.identityShared && (
          <Paragraph>
            <RouterLink to={`/vacatures/${vacancy.id}/reacties`}>{t('matches.applied')}</RouterLink>
          </Paragraph>
        )}
        {invitation && !match.candidate.identityShared && (
          <Paragraph>{t(`matches.invitation.${invitation.status}`, { date: formatDate(invitation.createdAt) })}</Paragraph>
        )}
        {action.problem && <ErrorState problem={action.problem} />}
        {canInvite && !inviting && (
          <Button appearance="primary-action-button" onClick={() => setInviting(true)}>
            {t('matches.invite')}
          </Button>
        )}
        {canInvite && inviting && (
          <form onSubmit={invite} className="meedoen-form" noValidate>
            <TextareaField name={`message-${match.candidate.seekerId}`} label={t('matches.inviteMessage', { name })} description={t('matches.inviteMessageHint')} value={message} onChange={setMessage} rows={3} maxLength={2000} />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={action.busyWith === 'invite'} disabled={action.busy}>
                {t('matches.sendInvite')}
              </Button>
              <Button type="button" appearance="secondary-action-button" onClick={() => setInviting(false)}>
                {t('common.cancel')}
              </Button>
            </ButtonGroup>
          </form>
        )}
      </article>
    </li>
  );
}
