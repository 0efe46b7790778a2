import { RequireRole } from '@meedoen/web';
import type { RouteObject } from 'react-router';
import { ForYouPage } from './pages/ForYouPage';
import { HomePage } from './pages/HomePage';
import { MyResponsesPage } from './pages/MyResponsesPage';
import { ProfilePage } from './pages/profile/ProfilePage';
import { RegisterPage } from './pages/RegisterPage';
import { SearchPage } from './pages/SearchPage';
import { SEEKER_ROLES } from './sections';

export const seekerRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'registreren', element: <RegisterPage /> },
  {
    element: <RequireRole roles={SEEKER_ROLES} />,
    children: [
      { path: 'profiel/:step?', element: <ProfilePage /> },
      { path: 'voor-jou', element: <ForYouPage /> },
      { path: 'zoeken', element: <SearchPage /> },
      { path: 'mijn-reacties', element: <MyResponsesPage /> },
    ],
  },
];
