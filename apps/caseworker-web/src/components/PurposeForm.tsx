import { Button, Paragraph } from '@utrecht/component-library-react';
import { SelectField, TextField } from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useCaseworkerT, type CaseworkerMessageKey } from '../messages';

const PURPOSES: readonly CaseworkerMessageKey[] = ['purpose.conversation', 'purpose.plan', 'purpose.referral', 'purpose.proposal'];
const OTHER = 'other';
const MIN_LENGTH = 3;

/** Asks why the intake is opened before it is read: the answer goes with the read into the audit log. */
export function PurposeForm({ onPurpose, busy }: { onPurpose: (purpose: string) => void; busy?: boolean }) {
  const t = useCaseworkerT();
  const [choice, setChoice] = useState('');
  const [other, setOther] = useState('');
  const [error, setError] = useState<string>();
  const purpose = choice === OTHER ? other.trim() : choice;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (purpose.length < MIN_LENGTH) {
      setError(t(choice === OTHER ? 'purpose.otherMissing' : 'purpose.missing'));
      return;
    }
    setError(undefined);
    onPurpose(purpose);
  };

  return (
    <form className="meedoen-form" onSubmit={submit} noValidate>
      <Paragraph>{t('purpose.intro')}</Paragraph>
      <SelectField
        name="purpose"
        label={t('purpose.label')}
        placeholder={t('purpose.choose')}
        options={[...PURPOSES.map((key) => ({ value: t(key), label: t(key) })), { value: OTHER, label: t('purpose.other') }]}
        value={choice}
        onChange={setChoice}
        error={choice === OTHER ? undefined : error}
        required
      />
      {choice === OTHER && <TextField name="purposeOther" label={t('purpose.otherLabel')} value={other} onChange={setOther} error={error} maxLength={200} required />}
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t('purpose.submit')}
      </Button>
    </form>
  );
}
