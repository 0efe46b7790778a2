import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { FormEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { apiRequest, ErrorState, useApiAction, type SeekerProfileResponse, type UpdateSeekerProfileRequest } from '@meedoen/web';
import { useSeekerT } from '../../messages';
import { PROFILE_STEPS, type ProfileStep } from './profile-steps';

export interface StepProps {
  profile: SeekerProfileResponse;
  step: ProfileStep;
  onSaved: (profile: SeekerProfileResponse) => void;
}

/**
 * One step's form: "Opslaan en verder" saves this step's part of the profile to the API and goes on,
 * so nothing is lost when someone stops half-way. `patch` returns null when the step shows its own errors.
 */
export function StepForm({ step, onSaved, patch, children }: Omit<StepProps, 'profile'> & { patch: () => UpdateSeekerProfileRequest | null; children: ReactNode }) {
  const t = useSeekerT();
  const navigate = useNavigate();
  const { busy, problem, run } = useApiAction();
  const index = PROFILE_STEPS.indexOf(step);
  const next = PROFILE_STEPS[index + 1];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes = patch();
    if (!changes) return;
    const saved = await run(() => apiRequest<SeekerProfileResponse>('/seekers/me', { method: 'PATCH', body: changes }));
    if (!saved) return;
    onSaved(saved.value);
    navigate(next ? `/profiel/${next}` : '/profiel/klaar');
  };

  return (
    <form onSubmit={submit} noValidate className="meedoen-form">
      {children}
      {problem && <ErrorState problem={problem} />}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {busy ? t('form.busy') : next ? t('profile.saveNext') : t('profile.saveDone')}
        </Button>
        {index > 0 && (
          <Button appearance="secondary-action-button" onClick={() => navigate(`/profiel/${PROFILE_STEPS[index - 1]}`)}>
            {t('profile.back')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
