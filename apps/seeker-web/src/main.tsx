import { mountPortal, useSectionNavigation } from '@meedoen/web';
import './seeker.css';
import { seekerCatalogs } from './messages';
import { seekerRoutes } from './routes';
import { SEEKER_ROLES, seekerSections } from './sections';

mountPortal({
  basename: import.meta.env.BASE_URL,
  catalogs: seekerCatalogs,
  routes: seekerRoutes,
  useNavigation: () => useSectionNavigation(seekerSections, SEEKER_ROLES),
  density: 'comfortable',
});
