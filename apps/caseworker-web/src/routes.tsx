import { RequireRole } from '@meedoen/web';
import type { RouteObject } from 'react-router';
import { CaseloadPage } from './pages/CaseloadPage';
import { EmployerPage } from './pages/EmployerPage';
import { HomePage } from './pages/HomePage';
import { IntakePage } from './pages/IntakePage';
import { ProposalPage } from './pages/ProposalPage';
import { ProposalsPage } from './pages/ProposalsPage';
import { ResidentMatchesPage } from './pages/ResidentMatchesPage';
import { ResidentPage } from './pages/ResidentPage';
import { ResultsPage } from './pages/ResultsPage';
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
      { path: 'resultaten', element: <ResultsPage /> },
    ],
  },
];
