import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type ComponentType } from 'react';
import { Navigate, useParams } from 'react-router';
import { ErrorState, LoadingState, PageHeading, RouterButtonLink, RouterLink, useApiQuery, type SeekerProfileResponse } from '@meedoen/web';
import { useSeekerT } from '../../messages';
import { isProfileStep, PROFILE_STEPS, STEP_TITLE, type ProfileStep } from './profile-steps';
import { ExperienceStep, HoursStep, KindsStep, LanguageStep, LicenceStep, NeedsStep, SkillsStep, TravelStep, VisibilityStep } from './ProfileSteps';
import type { StepProps } from './StepForm';

const STEP_COMPONENT: Record<ProfileStep, ComponentType<StepProps>> = {
  vaardigheden: SkillsStep,
  'soort-werk': KindsStep,
  'uren-en-dagen': HoursStep,
  reizen: TravelStep,
  rijbewijs: LicenceStep,
  taal: LanguageStep,
  ervaring: ExperienceStep,
  'wat-je-nodig-hebt': NeedsStep,
  'wie-ziet-je-profiel': VisibilityStep,
};

/** The profile in small steps (/profiel/{step}); /profiel starts at the first, /profiel/klaar says what is next. */
export function ProfilePage() {
  const t = useSeekerT();
  const { step } = useParams();
  const query = useApiQuery<SeekerProfileResponse>('/seekers/me');
  const [profile, setProfile] = useState<SeekerProfileResponse>();
  const loaded = query.status === 'success' ? query.data : undefined;
  useEffect(() => {
    if (loaded) setProfile(loaded);
  }, [loaded]);

  if (step === undefined) return <Navigate to={`/profiel/${PROFILE_STEPS[0]}`} replace />;
  if (step === 'klaar') return <ProfileDone />;
  if (!isProfileStep(step)) return <Navigate to={`/profiel/${PROFILE_STEPS[0]}`} replace />;

  const index = PROFILE_STEPS.indexOf(step);
  const Step = STEP_COMPONENT[step];
  return (
    <>
      <PageHeading>{t('profile.stepHeading', { number: index + 1, total: PROFILE_STEPS.length, title: t(STEP_TITLE[step]) })}</PageHeading>
      <progress className="meedoen-progress" max={PROFILE_STEPS.length} value={index + 1} aria-label={t('profile.progress')}>
        {t('profile.progressText', { number: index + 1, total: PROFILE_STEPS.length })}
      </progress>
      <Paragraph>{t('profile.savedEachStep')}</Paragraph>
      {query.status === 'loading' && <LoadingState />}
      {query.status === 'error' && <ErrorState problem={query.problem} onRetry={query.reload} />}
      {profile && <Step key={step} step={step} profile={profile} onSaved={setProfile} />}
      <details className="meedoen-steps">
        <summary>{t('profile.allSteps')}</summary>
        <ol>
          {PROFILE_STEPS.map((other) => (
            <li key={other}>
              <RouterLink to={`/profiel/${other}`} aria-current={other === step ? 'step' : undefined}>
                {t(STEP_TITLE[other])}
              </RouterLink>
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}

function ProfileDone() {
  const t = useSeekerT();
  return (
    <>
      <PageHeading>{t('profile.doneTitle')}</PageHeading>
      <Paragraph lead>{t('profile.doneIntro')}</Paragraph>
      <Heading level={2}>{t('profile.doneNext')}</Heading>
      <Paragraph>
        <RouterButtonLink to="/voor-jou">{t('profile.toForYou')}</RouterButtonLink>
      </Paragraph>
      <Paragraph>
        <RouterLink to={`/profiel/${PROFILE_STEPS[0]}`}>{t('profile.changeAgain')}</RouterLink>
      </Paragraph>
    </>
  );
}
