import { Paragraph } from '@utrecht/component-library-react';
import { useT } from '../i18n';

/** Announced politely by screen readers, so waiting is never silent. */
export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  return (
    <div role="status" aria-live="polite" className="meedoen-loading-state">
      <span className="meedoen-loading-state__spinner" aria-hidden="true" />
      <Paragraph>{label ?? t('state.loading')}</Paragraph>
    </div>
  );
}
