import { Link } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useHref } from 'react-router';
import { RouterLink } from '../layout/RouterLink';

/**
 * A notification points to a path in the product, such as '/werkgevers/vacatures/1'. Inside this portal it is
 * a router link; a path of another part of the product loads that page.
 */
export function ProductLink({ path, children }: { path: string; children: ReactNode }) {
  const portalRoot = useHref('/');
  if (path.startsWith(portalRoot)) return <RouterLink to={`/${path.slice(portalRoot.length)}`}>{children}</RouterLink>;
  return <Link href={path}>{children}</Link>;
}
