import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { apiRequest, useApiAction, useApiQuery } from '../api';
import type { NotificationPreferenceResponse, NotificationPreferencesResponse } from '../api/openapi.gen';
import { useAuth } from '../auth/AuthProvider';
import type { Role } from '../auth/user';
import { RadioGroupField, SelectField } from '../forms';
import { useT, type SharedMessageKey } from '../i18n';
import { PageHeading } from '../layout/PageHeading';
import { RouterLink } from '../layout/RouterLink';
import { ErrorState, LoadingState } from '../states';

type Preference = NotificationPreferenceResponse;
type Category = Preference['category'];
/** One choice joins channel and frequency: only in the app, e-mail at once, daily, weekly, or not at all. */
type Choice = 'in-app' | 'instant' | 'daily' | 'weekly' | 'off';
const CHOICES: readonly Choice[] = ['in-app', 'instant', 'daily', 'weekly', 'off'];
const THRESHOLDS = [50, 60, 70, 80, 90];

/** The subjects each role hears about; the others keep what they were. */
const CATEGORIES_OF_ROLE: Record<Role, readonly Category[]> = {
  seeker: ['account', 'match-alerts', 'saved-searches', 'applications', 'appointments'],
  employer: ['account', 'new-applications', 'applications', 'vacancies'],
  caseworker: ['account', 'applications', 'appointments'],
  administrator: ['account'],
};

const choiceOf = (preference: Preference): Choice =>
  preference.frequency === 'off' ? 'off' : preference.channel === 'in-app' ? 'in-app' : preference.frequency;

function withChoice(preference: Preference, choice: Choice): Preference {
  if (choice === 'off') return { ...preference, frequency: 'off' };
  if (choice === 'in-app') return { ...preference, channel: 'in-app', frequency: preference.frequency === 'off' ? 'instant' : preference.frequency };
  return { ...preference, channel: 'email', frequency: choice };
}

/** Per subject: how (in the app, by e-mail) and how often people hear about it. */
export function NotificationPreferencesPage() {
  const t = useT();
  const { user } = useAuth();
  const query = useApiQuery<NotificationPreferencesResponse>('/users/me/notification-preferences');
  const [items, setItems] = useState<Preference[]>();
  const [saved, setSaved] = useState(false);
  const { busy, problem, run } = useApiAction();

  const loaded = query.status === 'success' ? query.data : undefined;
  useEffect(() => {
    if (loaded) setItems(loaded.items);
  }, [loaded]);

  const update = (category: Category, change: (preference: Preference) => Preference) => {
    setSaved(false);
    setItems((current) => current?.map((item) => (item.category === category ? change(item) : item)));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!items) return;
    setSaved(false);
    const answer = await run(() =>
      apiRequest<NotificationPreferencesResponse>('/users/me/notification-preferences', {
        method: 'PUT',
        body: { items: items.map(({ category, channel, frequency, matchScoreThreshold }) => ({ category, channel, frequency, ...(category === 'match-alerts' ? { matchScoreThreshold } : {}) })) },
      }),
    );
    if (!answer) return;
    setItems(answer.value.items);
    setSaved(true);
  };

  const shown = user ? CATEGORIES_OF_ROLE[user.role] : [];
  return (
    <>
      <PageHeading>{t('notificationSettings.title')}</PageHeading>
      <Paragraph>{t('notificationSettings.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/meldingen">{t('notificationSettings.back')}</RouterLink>
      </Paragraph>
      {query.status === 'loading' && <LoadingState />}
      {query.status === 'error' && <ErrorState problem={query.problem} onRetry={query.reload} />}
      {items && (
        <form onSubmit={save} noValidate className="meedoen-form">
          {items
            .filter((item) => shown.includes(item.category))
            .map((item) => (
              <div key={item.category} className="meedoen-notification-setting">
                <RadioGroupField
                  name={`choice-${item.category}`}
                  label={t(`notificationCategory.${item.category}` as SharedMessageKey)}
                  description={t(`notificationCategory.${item.category}.explained` as SharedMessageKey)}
                  required
                  options={CHOICES.map((choice) => ({ value: choice, label: t(`notificationSettings.option.${choice}`) }))}
                  value={choiceOf(item)}
                  onChange={(choice) => update(item.category, (preference) => withChoice(preference, choice as Choice))}
                />
                {item.category === 'match-alerts' && item.frequency !== 'off' && (
                  <SelectField
                    name="match-threshold"
                    label={t('notificationSettings.threshold')}
                    description={t('notificationSettings.thresholdDescription')}
                    required
                    options={THRESHOLDS.map((score) => ({ value: String(score), label: t('notificationSettings.thresholdOption', { score }) }))}
                    value={String(item.matchScoreThreshold ?? 70)}
                    onChange={(value) => update(item.category, (preference) => ({ ...preference, matchScoreThreshold: Number(value) }))}
                  />
                )}
              </div>
            ))}
          {problem && <ErrorState problem={problem} />}
          {saved && (
            <Alert type="ok" role="status">
              <Paragraph>{t('notificationSettings.saved')}</Paragraph>
            </Alert>
          )}
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? t('notificationSettings.saving') : t('notificationSettings.save')}
          </Button>
        </form>
      )}
    </>
  );
}
