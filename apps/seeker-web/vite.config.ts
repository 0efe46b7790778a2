import { definePortalConfig } from '../../libs/web/vite.portal-config';

export default definePortalConfig({ name: 'seeker-web', base: '/werkzoekenden/', devPort: 4201 });
