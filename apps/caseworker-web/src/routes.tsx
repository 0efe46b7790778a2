import { RequireRole } from '@meedoen/web';
import type { RouteObject } from 'react-router';
import { CaseloadPage } from './pages/CaseloadPage';
import { HomePage } from './pages/HomePage';
import { IntakePage } from './pages/IntakePage';
import { ResidentPage } from './pages/ResidentPage';
import { ResultsPage } from './pages/ResultsPage';
import { ReviewsPage } from './pages/ReviewsPage';
import { CASEWORKER_ROLES } from './sections';

export const caseworkerRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  {
    element: <RequireRole roles={CASEWORKER_ROLES} />,
    children: [
      // Casework
      { path: 'werkzoekenden', element: <CaseloadPage /> },
      { path: 'werkzoekenden/:seekerId', element: <ResidentPage /> },
      { path: 'werkzoekenden/:seekerId/intake', element: <IntakePage /> },
      // End of casework
      { path: 'controleren', element: <ReviewsPage /> },
      { path: 'resultaten', element: <ResultsPage /> },
    ],
  },
];
