import { RequireRole } from '@meedoen/web';
import { notificationRoutes } from '@meedoen/web';
import type { RouteObject } from 'react-router';
import { CaseloadPage } from './pages/CaseloadPage';
import { HomePage } from './pages/HomePage';
import { ResultsPage } from './pages/ResultsPage';
import { ReviewsPage } from './pages/ReviewsPage';
import { CASEWORKER_ROLES } from './sections';

export const caseworkerRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  {
    element: <RequireRole roles={CASEWORKER_ROLES} />,
    children: [
      ...notificationRoutes,
      { path: 'werkzoekenden', element: <CaseloadPage /> },
      { path: 'controleren', element: <ReviewsPage /> },
      { path: 'resultaten', element: <ResultsPage /> },
    ],
  },
];
