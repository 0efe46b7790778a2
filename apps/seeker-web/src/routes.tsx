import { RequireRole } from '@meedoen/web';
import { notificationRoutes } from '@meedoen/web';
import type { RouteObject } from 'react-router';
import { ForYouPage } from './pages/ForYouPage';
import { HomePage } from './pages/HomePage';
import { MyResponsesPage } from './pages/MyResponsesPage';
import { SearchPage } from './pages/SearchPage';
import { SEEKER_ROLES } from './sections';

export const seekerRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  {
    element: <RequireRole roles={SEEKER_ROLES} />,
    children: [
      ...notificationRoutes,
      { path: 'voor-jou', element: <ForYouPage /> },
      { path: 'zoeken', element: <SearchPage /> },
      { path: 'mijn-reacties', element: <MyResponsesPage /> },
    ],
  },
];
