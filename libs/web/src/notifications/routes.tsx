import type { RouteObject } from 'react-router';
import { NotificationPreferencesPage } from './NotificationPreferencesPage';
import { NotificationsPage } from './NotificationsPage';

/** The same notification pages in every portal, behind the portal's RequireRole. */
export const notificationRoutes: RouteObject[] = [
  { path: 'meldingen', element: <NotificationsPage /> },
  { path: 'meldingen/instellingen', element: <NotificationPreferencesPage /> },
];
