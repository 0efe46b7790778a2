import { Paragraph } from '@utrecht/component-library-react';
import { joinAsList, useT } from '../i18n';
import { PageHeading } from '../layout/PageHeading';
import type { Role } from './user';

/** Plain explanation for a signed-in user who opened a portal or page meant for another role. */
export function NotForYourRole({ role, allowedRoles }: { role: Role; allowedRoles: readonly Role[] }) {
  const t = useT();
  const roleName = (someRole: Role) => t(`role.${someRole}`);
  return (
    <>
      <PageHeading>{t('role.notAllowedTitle')}</PageHeading>
      <Paragraph>
        {t('role.notAllowed', { role: roleName(role), roles: joinAsList(allowedRoles.map(roleName), t('role.or')) })}
      </Paragraph>
    </>
  );
}
