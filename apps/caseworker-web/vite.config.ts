import { definePortalConfig } from '../../libs/web/vite.portal-config';

export default definePortalConfig({ name: 'caseworker-web', base: '/regie/', devPort: 4203 });
