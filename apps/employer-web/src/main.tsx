import { mountPortal, useSectionNavigation } from '@meedoen/web';
import './employer.css';
import { employerCatalogs } from './messages';
import { employerRoutes } from './routes';
import { EMPLOYER_ROLES, employerSections } from './sections';

mountPortal({
  basename: import.meta.env.BASE_URL,
  catalogs: employerCatalogs,
  routes: employerRoutes,
  useNavigation: () => useSectionNavigation(employerSections, EMPLOYER_ROLES),
  density: 'comfortable',
});
