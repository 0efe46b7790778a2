import { Paragraph } from '@utrecht/component-library-react';
import { useT } from '../i18n';
import { PageHeading } from '../layout/PageHeading';
import { RouterLink } from '../layout/RouterLink';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('action.toHome')}</RouterLink>
      </Paragraph>
    </>
  );
}
