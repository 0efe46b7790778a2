import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { apiRequest, ErrorState, toApiProblem, type ApiProblem, type SeekerProfileResponse, type UpdateSeekerProfileRequest } from '@meedoen/web';
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
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  const index = PROFILE_STEPS.indexOf(step);
  const next = PROFILE_STEPS[index + 1];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes = patch();
    if (!changes) return;
    setBusy(true);
    setProblem(undefined);
    try {
      onSaved(await apiRequest<SeekerProfileResponse>('/seekers/me', { method: 'PATCH', body: changes }));
      navigate(next ? `/profiel/${next}` : '/profiel/klaar');
    } catch (caught) {
      setProblem(toApiProblem(caught));
    } finally {
      setBusy(false);
    }
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
