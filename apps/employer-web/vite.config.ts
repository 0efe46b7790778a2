import { definePortalConfig } from '../../libs/web/vite.portal-config';

export default definePortalConfig({ name: 'employer-web', base: '/werkgevers/', devPort: 4202 });
