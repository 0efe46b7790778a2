import { Paragraph } from '@utrecht/component-library-react';
import { useT } from '../i18n';
import { PageHeading } from '../layout/PageHeading';
import { RouterLink } from '../layout/RouterLink';

/** Stands in for a section of a portal that is not built yet, so menus and links already lead somewhere. */
export function ComingSoonPage({ title }: { title: string }) {
  const t = useT();
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Paragraph>{t('comingSoon.body')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('action.toHome')}</RouterLink>
      </Paragraph>
    </>
  );
}
