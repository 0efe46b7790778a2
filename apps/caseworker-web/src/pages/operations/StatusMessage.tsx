import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

/**
 * Always in the page, so screen readers announce the message when it appears. With `takeFocus` the message also
 * gets the keyboard focus: for when the button that was used is gone after the change.
 */
export function StatusMessage({ message, takeFocus = false }: { message?: string; takeFocus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus && message) ref.current?.focus();
  }, [takeFocus, message]);
  return (
    <div role="status" className="ops-status" ref={ref} tabIndex={takeFocus ? -1 : undefined}>
      {message && <Paragraph>{message}</Paragraph>}
    </div>
  );
}
