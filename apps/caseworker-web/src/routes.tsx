import { RequireRole } from '@meedoen/web';
import { notificationRoutes } from '@meedoen/web';
import type { RouteObject } from 'react-router';
import { CaseloadPage } from './pages/CaseloadPage';
import { EmployerPage } from './pages/EmployerPage';
import { HomePage } from './pages/HomePage';
import { AppointmentsPage } from './pages/operations/AppointmentsPage';
import { AuditPage } from './pages/operations/AuditPage';
import { PlacementDetailPage } from './pages/operations/PlacementDetailPage';
import { PlacementsPage } from './pages/operations/PlacementsPage';
import { ReportsPage } from './pages/operations/ReportsPage';
import { IntakePage } from './pages/IntakePage';
import { ProposalPage } from './pages/ProposalPage';
import { ProposalsPage } from './pages/ProposalsPage';
import { ResidentMatchesPage } from './pages/ResidentMatchesPage';
import { ResidentPage } from './pages/ResidentPage';
import { ReviewsPage } from './pages/ReviewsPage';
import { VacanciesPage } from './pages/VacanciesPage';
import { VacancyPage } from './pages/VacancyPage';
import { CASEWORKER_ROLES } from './sections';

export const caseworkerRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  {
    element: <RequireRole roles={CASEWORKER_ROLES} />,
    children: [
      // Casework
      ...notificationRoutes,
      { path: 'werkzoekenden', element: <CaseloadPage /> },
      { path: 'werkzoekenden/:seekerId', element: <ResidentPage /> },
      { path: 'werkzoekenden/:seekerId/intake', element: <IntakePage /> },
      { path: 'werkzoekenden/:seekerId/passend-werk', element: <ResidentMatchesPage /> },
      { path: 'vacatures', element: <VacanciesPage /> },
      { path: 'vacatures/:vacancyId', element: <VacancyPage /> },
      { path: 'voordrachten', element: <ProposalsPage /> },
      { path: 'voordrachten/:proposalId', element: <ProposalPage /> },
      { path: 'controleren', element: <ReviewsPage /> },
      { path: 'controleren/:employerId', element: <EmployerPage /> },
      // End of casework
      { path: 'resultaten', element: <ReportsPage /> },
      { path: 'plaatsingen', element: <PlacementsPage /> },
      { path: 'plaatsingen/:placementId', element: <PlacementDetailPage /> },
      { path: 'afspraken', element: <AppointmentsPage /> },
      { path: 'logboek', element: <RequireRole roles={['administrator']}><AuditPage /></RequireRole> },
    ],
  },
];
