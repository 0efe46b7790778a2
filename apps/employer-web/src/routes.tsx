import { RequireRole } from '@meedoen/web';
import { notificationRoutes } from '@meedoen/web';
import type { RouteObject } from 'react-router';
import { CandidatesPage } from './pages/CandidatesPage';
import { HomePage } from './pages/HomePage';
import { OrganisationPage } from './pages/OrganisationPage';
import { VacanciesPage } from './pages/VacanciesPage';
import { EMPLOYER_ROLES } from './sections';

export const employerRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  {
    element: <RequireRole roles={EMPLOYER_ROLES} />,
    children: [
      ...notificationRoutes,
      { path: 'organisatie', element: <OrganisationPage /> },
      { path: 'vacatures', element: <VacanciesPage /> },
      { path: 'kandidaten', element: <CandidatesPage /> },
    ],
  },
];
