import { Button, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import {
  apiRequest,
  ErrorState,
  LoadingState,
  PageHeading,
  RouterLink,
  SelectField,
  TextField,
  toApiProblem,
  useApiQuery,
  useAuth,
  useLanguage,
  type ApiProblem,
  type MunicipalityListResponse,
} from '@meedoen/web';
import { useSeekerT, type SeekerMessageKey } from '../messages';

type Field = 'displayName' | 'email' | 'municipalityCode' | 'password';
const FIELDS: readonly Field[] = ['displayName', 'email', 'municipalityCode', 'password'];
const PASSWORD_MIN_LENGTH = 12;
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+$/;

function localErrors(values: Record<Field, string>): Partial<Record<Field, SeekerMessageKey>> {
  const errors: Partial<Record<Field, SeekerMessageKey>> = {};
  if (values.displayName.trim() === '') errors.displayName = 'register.nameMissing';
  if (!LOOKS_LIKE_EMAIL.test(values.email.trim())) errors.email = 'register.emailInvalid';
  if (values.municipalityCode === '') errors.municipalityCode = 'register.municipalityMissing';
  if (values.password.length < PASSWORD_MIN_LENGTH) errors.password = 'register.passwordTooShort';
  return errors;
}

/** Make an account as a resident: name, e-mail, the municipality you live in and a password. Then straight to the profile. */
export function RegisterPage() {
  const t = useSeekerT();
  const { language } = useLanguage();
  const { user, signIn } = useAuth();
  const navigate = useNavigate();
  const municipalities = useApiQuery<MunicipalityListResponse>('/municipalities');
  const [values, setValues] = useState<Record<Field, string>>({ displayName: '', email: '', municipalityCode: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | HTMLSelectElement | null>>>({});

  if (user && !busy) return <Navigate to="/" replace />;

  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const focusFirst = (found: Partial<Record<Field, unknown>>) => inputs.current[FIELDS.find((field) => found[field]) ?? 'displayName']?.focus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    const found = localErrors(values);
    setErrors(Object.fromEntries(Object.entries(found).map(([field, key]) => [field, t(key)])));
    if (Object.keys(found).length > 0) return focusFirst(found);
    setBusy(true);
    try {
      const email = values.email.trim();
      await apiRequest('/accounts', {
        method: 'POST',
        body: { role: 'seeker', displayName: values.displayName.trim(), email, municipalityCode: values.municipalityCode, password: values.password, language },
      });
      await signIn(email, values.password);
      navigate('/profiel');
    } catch (caught) {
      const answer = toApiProblem(caught);
      const fieldErrors = Object.fromEntries(FIELDS.flatMap((field) => (answer.reasonFor(field) ? [[field, answer.reasonFor(field)]] : [])));
      if (answer.status === 409) fieldErrors.email = t('register.emailTaken');
      if (Object.keys(fieldErrors).length > 0) {
        setErrors(fieldErrors);
        focusFirst(fieldErrors);
      } else setProblem(answer);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>{t('register.title')}</PageHeading>
      <Paragraph>{t('register.intro')}</Paragraph>
      {problem && <ErrorState problem={problem} />}
      {municipalities.status === 'loading' && <LoadingState />}
      {municipalities.status === 'error' && <ErrorState problem={municipalities.problem} onRetry={municipalities.reload} />}
      {municipalities.status === 'success' && (
        <form onSubmit={submit} noValidate className="meedoen-form">
          <TextField
            ref={(element) => {
              inputs.current.displayName = element;
            }}
            name="displayName"
            label={t('register.name')}
            description={t('register.nameDescription')}
            autoComplete="name"
            required
            value={values.displayName}
            onChange={set('displayName')}
            error={errors.displayName}
          />
          <TextField
            ref={(element) => {
              inputs.current.email = element;
            }}
            name="email"
            type="email"
            label={t('register.email')}
            description={t('register.emailDescription')}
            autoComplete="email"
            spellCheck={false}
            required
            value={values.email}
            onChange={set('email')}
            error={errors.email}
          />
          <SelectField
            ref={(element) => {
              inputs.current.municipalityCode = element;
            }}
            name="municipalityCode"
            label={t('register.municipality')}
            description={t('register.municipalityDescription')}
            required
            placeholder={t('register.municipalityChoose')}
            options={municipalities.data.items.map((municipality) => ({ value: municipality.code, label: municipality.name }))}
            value={values.municipalityCode}
            onChange={set('municipalityCode')}
            error={errors.municipalityCode}
          />
          <TextField
            ref={(element) => {
              inputs.current.password = element;
            }}
            name="password"
            type="password"
            label={t('register.password')}
            description={t('register.passwordDescription')}
            autoComplete="new-password"
            required
            value={values.password}
            onChange={set('password')}
            error={errors.password}
          />
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? t('form.busy') : t('register.submit')}
          </Button>
        </form>
      )}
      <Paragraph>
        {t('register.haveAccount')} <RouterLink to="/inloggen">{t('layout.signIn')}</RouterLink>
      </Paragraph>
    </>
  );
}
