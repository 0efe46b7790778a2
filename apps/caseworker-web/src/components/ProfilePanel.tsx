import { Heading } from '@utrecht/component-library-react';
import { ErrorState, LoadingState, useApiQuery, type SeekerProfileResponse } from '@meedoen/web';
import { useDateFormat } from '../format';
import { useCaseworkerT } from '../messages';

/** What the resident tells about themselves: skills, wishes, hours, language and licence. */
export function ProfilePanel({ seekerId }: { seekerId: string }) {
  const t = useCaseworkerT();
  const format = useDateFormat();
  const profile = useApiQuery<SeekerProfileResponse>(`/seekers/${seekerId}`);
  const dash = t('profile.unknown');
  return (
    <section className="regie-panel" aria-labelledby="profile-heading">
      <Heading level={2} id="profile-heading">
        {t('profile.title')}
      </Heading>
      {profile.status === 'loading' && <LoadingState />}
      {profile.status === 'error' && <ErrorState problem={profile.problem} onRetry={profile.reload} />}
      {profile.status === 'success' && (
        <dl className="regie-facts">
          <dt>{t('profile.email')}</dt>
          <dd>{profile.data.email ?? dash}</dd>
          <dt>{t('profile.region')}</dt>
          <dd>{profile.data.region.municipalityName ?? dash}</dd>
          <dt>{t('profile.skills')}</dt>
          <dd>{profile.data.skills.map((skill) => skill.label).join(', ') || dash}</dd>
          <dt>{t('profile.wanted')}</dt>
          <dd>{profile.data.wantedOccupations.map((occupation) => occupation.label).join(', ') || dash}</dd>
          <dt>{t('profile.hours')}</dt>
          <dd>
            {profile.data.hoursMin !== null && profile.data.hoursMax !== null
              ? t('hours.range', { min: profile.data.hoursMin, max: profile.data.hoursMax })
              : dash}
          </dd>
          <dt>{t('profile.dutch')}</dt>
          <dd>{profile.data.dutchLevel ?? dash}</dd>
          <dt>{t('profile.licence')}</dt>
          <dd>{t(profile.data.hasDrivingLicence ? 'profile.yes' : 'profile.no')}</dd>
          <dt>{t('profile.availableFrom')}</dt>
          <dd>{profile.data.availableFrom ? format.date(profile.data.availableFrom) : dash}</dd>
          <dt>{t('profile.experience')}</dt>
          <dd>{profile.data.experience.map((item) => t('profile.experienceItem', { occupation: item.label, years: item.years })).join(', ') || dash}</dd>
        </dl>
      )}
    </section>
  );
}
