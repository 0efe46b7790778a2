import { Heading, Paragraph } from '@utrecht/component-library-react';
import { PageHeading, RouterLink, useApiQuery, type VacancyResponse } from '@meedoen/web';
import { useParams } from 'react-router';
import { CandidateList } from '../components/CandidateList';
import { LoadedPage } from '../components/LoadedPage';
import { useDateFormat, withoutEmphasis } from '../format';
import { useCaseworkerT } from '../messages';
import '../casework.css';

/** A vacancy of the region with the caseworker's residents who fit it. */
export function VacancyPage() {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const { vacancyId = '' } = useParams();
  const vacancy = useApiQuery<VacancyResponse>(`/vacancies/${vacancyId}`);

  const dash = t('profile.unknown');
  return (
    <LoadedPage query={vacancy} title={t('vacancy.title')}>
      {(data) => (
    <>
      <RouterLink to="/vacatures">{t('vacancy.back')}</RouterLink>
      <PageHeading>{data.title}</PageHeading>
      <div className="regie-columns">
        <section className="regie-panel" aria-labelledby="vacancy-facts">
          <Heading level={2} id="vacancy-facts">
            {t('vacancy.facts')}
          </Heading>
          <dl className="regie-facts">
            <dt>{t('vacancy.employer')}</dt>
            <dd>{data.employer.name}</dd>
            <dt>{t('vacancy.kind')}</dt>
            <dd>{t(`vacancyKind.${data.kind}`)}</dd>
            <dt>{t('vacancy.place')}</dt>
            <dd>{data.location.city ?? dash}</dd>
            <dt>{t('profile.hours')}</dt>
            <dd>{t('hours.range', { min: data.hoursMin, max: data.hoursMax })}</dd>
            <dt>{t('vacancy.skills')}</dt>
            <dd>{data.requiredSkills.map((skill) => skill.label).join(', ') || dash}</dd>
            <dt>{t('profile.dutch')}</dt>
            <dd>{data.minDutchLevel === 'none' ? dash : data.minDutchLevel}</dd>
            <dt>{t('vacancy.status')}</dt>
            <dd>{t(`vacancyStatus.${data.status}`)}</dd>
            <dt>{t('vacancy.closesOn')}</dt>
            <dd>{data.closesOn ? format.date(data.closesOn) : dash}</dd>
          </dl>
        </section>
        <section className="regie-panel" aria-labelledby="vacancy-description">
          <Heading level={2} id="vacancy-description">
            {t('vacancy.description')}
          </Heading>
          <Paragraph className="regie-pre-line">{withoutEmphasis(data.description)}</Paragraph>
        </section>
      </div>
      <CandidateList vacancyId={vacancyId} />
    </>
      )}
    </LoadedPage>
  );
}
