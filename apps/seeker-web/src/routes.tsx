import { RequireRole } from '@meedoen/web';
import { notificationRoutes } from '@meedoen/web';
import type { RouteObject } from 'react-router';
import { AppointmentsPage } from './pages/AppointmentsPage';
import { ForYouPage } from './pages/ForYouPage';
import { HomePage } from './pages/HomePage';
import { AccountDeletedPage, PrivacyPage } from './pages/PrivacyPage';
import { ProfilePage } from './pages/profile/ProfilePage';
import { RegisterPage } from './pages/RegisterPage';
import { MyResponsesPage } from './pages/responses/MyResponsesPage';
import { ProposalPage } from './pages/responses/ProposalPage';
import { SearchPage } from './pages/search/SearchPage';
import { VacancyPage } from './pages/VacancyPage';
import { SEEKER_ROLES } from './sections';

export const seekerRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'registreren', element: <RegisterPage /> },
  { path: 'account-verwijderd', element: <AccountDeletedPage /> },
  {
    element: <RequireRole roles={SEEKER_ROLES} />,
    children: [
      ...notificationRoutes,
      { path: 'profiel/:step?', element: <ProfilePage /> },
      { path: 'voor-jou', element: <ForYouPage /> },
      { path: 'zoeken', element: <SearchPage /> },
      { path: 'vacatures/:vacancyId', element: <VacancyPage /> },
      { path: 'mijn-reacties', element: <MyResponsesPage /> },
      { path: 'voordrachten/:proposalId', element: <ProposalPage /> },
      { path: 'afspraken', element: <AppointmentsPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
    ],
  },
];
