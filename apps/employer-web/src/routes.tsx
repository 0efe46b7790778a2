import { RequireRole } from '@meedoen/web';
import { notificationRoutes } from '@meedoen/web';
import type { RouteObject } from 'react-router';
import { MatchesPage } from './matches/MatchesPage';
import { AcceptInvitationPage } from './organisation/AcceptInvitationPage';
import { OrganisationPage } from './organisation/OrganisationPage';
import { RegisterPage } from './organisation/RegisterPage';
import { HomePage } from './pages/HomePage';
import { PipelinePage } from './pipeline/PipelinePage';
import { ProposalPage } from './proposals/ProposalPage';
import { ProposalsPage } from './proposals/ProposalsPage';
import { EMPLOYER_ROLES } from './sections';
import { VacanciesPage } from './vacancies/VacanciesPage';
import { VacancyEditorPage } from './vacancies/VacancyEditorPage';
import { VacancyPage } from './vacancies/VacancyPage';

export const employerRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'aanmelden', element: <RegisterPage /> },
  { path: 'uitnodiging', element: <AcceptInvitationPage /> },
  {
    element: <RequireRole roles={EMPLOYER_ROLES} />,
    children: [
      ...notificationRoutes,
      { path: 'organisatie', element: <OrganisationPage /> },
      { path: 'vacatures', element: <VacanciesPage /> },
      { path: 'vacatures/nieuw', element: <VacancyEditorPage /> },
      { path: 'vacatures/:vacancyId', element: <VacancyPage /> },
      { path: 'vacatures/:vacancyId/bewerken', element: <VacancyEditorPage /> },
      { path: 'vacatures/:vacancyId/kandidaten', element: <MatchesPage /> },
      { path: 'vacatures/:vacancyId/reacties', element: <PipelinePage /> },
      { path: 'voordrachten', element: <ProposalsPage /> },
      { path: 'voordrachten/:proposalId', element: <ProposalPage /> },
    ],
  },
];
