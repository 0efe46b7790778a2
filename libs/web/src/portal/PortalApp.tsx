import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AuthProvider } from '../auth/AuthProvider';
import { ForgotPasswordPage } from '../auth/ForgotPasswordPage';
import { NewPasswordPage } from '../auth/NewPasswordPage';
import { SignInPage } from '../auth/SignInPage';
import { I18nProvider, type PortalCatalogs } from '../i18n';
import type { NavItem } from '../layout/navigation';
import { PortalLayout, type Density } from '../layout/PortalLayout';
import { NotFoundPage } from './NotFoundPage';
import '@utrecht/component-library-css/dist/index.css';
import '../theme/meedoen-theme.css';
import '../theme/layout.css';

export interface PortalDefinition {
  /** The path the portal is served under, with trailing slash: Vite's import.meta.env.BASE_URL. */
  basename: string;
  catalogs: PortalCatalogs;
  /** The portal's own pages, relative to its base path; the index route is its home page. */
  routes: RouteObject[];
  useNavigation: () => readonly NavItem[];
  density?: Density;
}

/** Wires a portal into the shared frame: languages, session, layout, sign-in and not-found pages. */
export function mountPortal({ basename, catalogs, routes, useNavigation, density = 'comfortable' }: PortalDefinition): void {
  const router = createBrowserRouter(
    [
      {
        element: <PortalLayout useNavigation={useNavigation} density={density} />,
        children: [
          ...routes,
          { path: 'inloggen', element: <SignInPage redirectTo="/" /> },
          { path: 'wachtwoord-vergeten', element: <ForgotPasswordPage /> },
          { path: 'nieuw-wachtwoord', element: <NewPasswordPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
    { basename },
  );
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html needs an element with id "root".');
  createRoot(container).render(
    <StrictMode>
      <I18nProvider catalogs={catalogs}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
