import { mountPortal, useSectionNavigation } from '@meedoen/web';
import { caseworkerCatalogs } from './messages';
import { caseworkerRoutes } from './routes';
import { CASEWORKER_ROLES, caseworkerSections } from './sections';

mountPortal({
  basename: import.meta.env.BASE_URL,
  catalogs: caseworkerCatalogs,
  routes: caseworkerRoutes,
  useNavigation: () => useSectionNavigation(caseworkerSections, CASEWORKER_ROLES),
  density: 'dense',
});
