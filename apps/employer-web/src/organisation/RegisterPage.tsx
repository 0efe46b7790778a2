import { Alert, Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, PageHeading, RouterLink, TextField, useAuth, useLanguage, type ApiProblem } from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import type { FlashState } from '../components/Flash';
import { focusFirstError } from '../components/focus-first-error';
import { useEmployerT } from '../messages';
import { OrganisationFields } from './OrganisationFields';
import {
  EMPTY_ORGANISATION,
  organisationRequest,
  splitProblem,
  translatedErrors,
  validateOrganisation,
  type FieldErrors,
  type OrganisationField,
  type OrganisationForm,
} from './organisation-form';

type AccountField = 'displayName' | 'email' | 'password';
const ORGANISATION_FIELDS: readonly OrganisationField[] = ['name', 'kvkNumber', 'postcode', 'houseNumber', 'municipalityCode', 'contactPhone'];
const ACCOUNT_FIELDS: readonly AccountField[] = ['displayName', 'email', 'password'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PASSWORD_MIN_LENGTH = 12;
const FORM = '.employer-register';

/** A new employer registers the organisation and its own account; a caseworker verifies it before vacancies go live. */
export function RegisterPage() {
  const t = useEmployerT();
  const navigate = useNavigate();
  const { user, signIn } = useAuth();
  const { language } = useLanguage();
  const [organisation, setOrganisation] = useState<OrganisationForm>(EMPTY_ORGANISATION);
  const [account, setAccount] = useState<Record<AccountField, string>>({ displayName: '', email: '', password: '' });
  const [organisationErrors, setOrganisationErrors] = useState<FieldErrors<OrganisationField>>({});
  const [accountErrors, setAccountErrors] = useState<FieldErrors<AccountField>>({});
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);

  // While registering, the sign-in at the end must not redirect before the confirmation is passed on.
  if (user && !busy) return <Navigate to="/" replace />;

  const setAccountField = (field: AccountField) => (value: string) => setAccount((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    const ownOrganisationErrors = translatedErrors(validateOrganisation(organisation), t);
    const ownAccountErrors: FieldErrors<AccountField> = {
      displayName: account.displayName.trim() ? undefined : t('register.error.name'),
      email: EMAIL.test(account.email.trim()) ? undefined : t('register.error.email'),
      password: account.password.length >= PASSWORD_MIN_LENGTH ? undefined : t('register.error.password'),
    };
    setOrganisationErrors(ownOrganisationErrors);
    setAccountErrors(ownAccountErrors);
    if (Object.values({ ...ownOrganisationErrors, ...ownAccountErrors }).some(Boolean)) return focusFirstError(FORM);
    setBusy(true);
    try {
      await apiRequest('/accounts', {
        method: 'POST',
        body: { role: 'employer', language, displayName: account.displayName.trim(), email: account.email.trim(), password: account.password, organisation: organisationRequest(organisation) },
      });
      await signIn(account.email.trim(), account.password);
      navigate('/', { state: { flash: 'register.done' } satisfies FlashState });
    } catch (error) {
      setOrganisationErrors(splitProblem(error, ORGANISATION_FIELDS, 'organisation.').fieldErrors);
      const { fieldErrors, problem: answer } = splitProblem(error, ACCOUNT_FIELDS);
      setAccountErrors(fieldErrors);
      setProblem(answer);
      focusFirstError(FORM);
      // Only on failure: after success the page is left, and a redirect of its own would drop the confirmation.
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>{t('register.title')}</PageHeading>
      <Paragraph>{t('register.intro')}</Paragraph>
      <Alert type="info">
        <Paragraph>
          <strong>{t('register.reviewTitle')}</strong>
        </Paragraph>
        <Paragraph>{t('register.review')}</Paragraph>
      </Alert>
      {problem && <ErrorState problem={problem} />}
      <form className="meedoen-form employer-register" noValidate onSubmit={submit}>
        <Fieldset>
          <FieldsetLegend>{t('register.organisation')}</FieldsetLegend>
          <OrganisationFields form={organisation} onChange={setOrganisation} errors={organisationErrors} />
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('register.you')}</FieldsetLegend>
          <TextField name="displayName" label={t('register.name')} description={t('register.nameHint')} required autoComplete="name" value={account.displayName} onChange={setAccountField('displayName')} error={accountErrors.displayName} />
          <TextField name="email" type="email" label={t('register.email')} required autoComplete="email" spellCheck={false} value={account.email} onChange={setAccountField('email')} error={accountErrors.email} />
          <TextField name="password" type="password" label={t('register.password')} description={t('register.passwordHint')} required autoComplete="new-password" value={account.password} onChange={setAccountField('password')} error={accountErrors.password} />
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {busy ? t('register.busy') : t('register.submit')}
        </Button>
      </form>
      <Paragraph>
        <RouterLink to="/inloggen">{t('register.haveAccount')}</RouterLink>
      </Paragraph>
    </>
  );
}
