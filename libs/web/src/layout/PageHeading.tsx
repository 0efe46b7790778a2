import { Heading } from '@utrecht/component-library-react';
import { usePageTitle } from './page-title';

/**
 * The one h1 of a page. It also names the browser tab, and it can take focus, so after a route change
 * screen reader users hear where they are.
 */
export function PageHeading({ children }: { children: string }) {
  usePageTitle(children);
  return (
    <Heading level={1} tabIndex={-1} className="meedoen-page-heading">
      {children}
    </Heading>
  );
}
