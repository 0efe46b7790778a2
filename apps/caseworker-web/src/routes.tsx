import { RequireRole } from '@meedoen/web';
import type { RouteObject } from 'react-router';
import { AppointmentsPage } from './pages/operations/AppointmentsPage';
import { AuditPage } from './pages/operations/AuditPage';
import { PlacementDetailPage } from './pages/operations/PlacementDetailPage';
import { PlacementsPage } from './pages/operations/PlacementsPage';
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
      { path: 'werkzoekenden', element: <CaseloadPage /> },
      { path: 'controleren', element: <ReviewsPage /> },
      { path: 'resultaten', element: <ResultsPage /> },
      { path: 'plaatsingen', element: <PlacementsPage /> },
      { path: 'plaatsingen/:placementId', element: <PlacementDetailPage /> },
      { path: 'afspraken', element: <AppointmentsPage /> },
      { path: 'logboek', element: <RequireRole roles={['administrator']}><AuditPage /></RequireRole> },
    ],
  },
];
