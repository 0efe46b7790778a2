import { Paragraph } from '@utrecht/component-library-react';

/** Always in the page, so screen readers announce the message when it appears. */
export function StatusMessage({ message }: { message?: string }) {
  return (
    <div role="status" className="ops-status">
      {message && <Paragraph>{message}</Paragraph>}
    </div>
  );
}
