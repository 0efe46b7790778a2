import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

export interface EmptyStateProps {
  message?: string;
  /** What the user can do about it, like a link to add the first item. */
  action?: ReactNode;
}

export function EmptyState({ message, action }: EmptyStateProps) {
  const t = useT();
  return (
    <div className="meedoen-empty-state">
      <Paragraph>{message ?? t('state.empty')}</Paragraph>
      {action}
    </div>
  );
}
