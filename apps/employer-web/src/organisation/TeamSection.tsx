import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { apiRequest, ErrorState, LoadingState, TextField, useApiQuery, type TeamMemberListResponse } from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { Flash } from '../components/Flash';
import { useFormSubmit } from '../components/useFormSubmit';
import { useEmployerT } from '../messages';
import type { FieldErrors } from './organisation-form';

type InviteField = 'displayName' | 'email';
const INVITE_FIELDS: readonly InviteField[] = ['displayName', 'email'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FORM = '.employer-invite';

/** Who works with this account, and inviting a colleague by e-mail (they get an account for the same organisation). */
export function TeamSection({ employerId }: { employerId: string }) {
  const t = useEmployerT();
  const team = useApiQuery<TeamMemberListResponse>(`/employers/${employerId}/team-members`);
  const [invite, setInvite] = useState<Record<InviteField, string>>({ displayName: '', email: '' });
  const [flash, setFlash] = useState<string>();
  const form = useFormSubmit(INVITE_FIELDS, FORM);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFlash(undefined);
    const own: FieldErrors<InviteField> = {
      displayName: invite.displayName.trim() ? undefined : t('team.error.name'),
      email: EMAIL.test(invite.email.trim()) ? undefined : t('register.error.email'),
    };
    void form.submit(own, async () => {
      await apiRequest(`/employers/${employerId}/team-members`, { method: 'POST', body: { displayName: invite.displayName.trim(), email: invite.email.trim() } });
      setFlash(t('team.invited', { name: invite.displayName.trim(), email: invite.email.trim() }));
      setInvite({ displayName: '', email: '' });
      team.reload();
    });
  };

  return (
    <section aria-labelledby="team-heading">
      <Heading level={2} id="team-heading">
        {t('team.title')}
      </Heading>
      <Paragraph>{t('team.intro')}</Paragraph>
      {team.status === 'loading' && <LoadingState />}
      {team.status === 'error' && <ErrorState problem={team.problem} onRetry={team.reload} />}
      {team.status === 'success' && (
        <ul className="employer-plain-list">
          {team.data.items.map((member) => (
            <li key={member.id}>
              {t(member.status === 'invited' ? 'team.memberInvited' : 'team.member', { name: member.displayName, email: member.email })}
            </li>
          ))}
        </ul>
      )}
      <Heading level={3}>{t('team.inviteTitle')}</Heading>
      <Flash message={flash} />
      {form.problem && <ErrorState problem={form.problem} />}
      <form className="meedoen-form employer-invite" noValidate onSubmit={submit}>
        <TextField name="colleagueName" label={t('team.name')} required autoComplete="off" value={invite.displayName} onChange={(displayName) => setInvite((current) => ({ ...current, displayName }))} error={form.errors.displayName} />
        <TextField name="colleagueEmail" type="email" label={t('team.email')} description={t('team.emailHint')} required autoComplete="off" spellCheck={false} value={invite.email} onChange={(email) => setInvite((current) => ({ ...current, email }))} error={form.errors.email} />
        <Button type="submit" appearance="primary-action-button" busy={form.busy} disabled={form.busy}>
          {t('team.send')}
        </Button>
      </form>
    </section>
  );
}
