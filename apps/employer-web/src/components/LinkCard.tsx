import { Heading, Paragraph } from '@utrecht/component-library-react';
import { RouterLink } from '@meedoen/web';
import type { ReactNode } from 'react';

interface LinkCardProps {
  to: string;
  title: string;
  level?: 2 | 3;
  /** Shown between the heading and the description, like a status line. */
  extra?: ReactNode;
  children: ReactNode;
}

/** One card in a `meedoen-card-list`: a heading link and a line about where it leads. */
export function LinkCard({ to, title, level = 2, extra, children }: LinkCardProps) {
  return (
    <li className="meedoen-card">
      <Heading level={level} className="meedoen-card__title">
        <RouterLink to={to}>{title}</RouterLink>
      </Heading>
      {extra}
      <Paragraph className="meedoen-card__description">{children}</Paragraph>
    </li>
  );
}
