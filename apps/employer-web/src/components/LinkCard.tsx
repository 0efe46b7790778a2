import { Heading, Paragraph } from '@utrecht/component-library-react';
import { RouterLink } from '@meedoen/web';
import type { ReactNode } from 'react';

/** One card in a `meedoen-card-list`: a heading link and a line about where it leads. */
export function LinkCard({ to, title, children, level = 2 }: { to: string; title: string; children: ReactNode; level?: 2 | 3 }) {
  return (
    <li className="meedoen-card">
      <Heading level={level} className="meedoen-card__title">
        <RouterLink to={to}>{title}</RouterLink>
      </Heading>
      <Paragraph className="meedoen-card__description">{children}</Paragraph>
    </li>
  );
}
