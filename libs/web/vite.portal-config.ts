import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface PortalBuildOptions {
  /** Folder name under apps/ and dist/apps/. */
  name: 'seeker-web' | 'employer-web' | 'caseworker-web';
  /** Path the API serves the portal under, with slashes on both sides. */
  base: string;
  devPort: number;
}

/** The one Vite setup of the three portals; each app's vite.config.ts only names itself. */
export function definePortalConfig({ name, base, devPort }: PortalBuildOptions): UserConfig {
  return defineConfig({
    root: `${workspaceRoot}apps/${name}`,
    base,
    plugins: [react()],
    resolve: {
      alias: {
        '@meedoen/web': `${workspaceRoot}libs/web/src/index.ts`,
        '@meedoen/shared': `${workspaceRoot}libs/shared/src/index.ts`,
      },
    },
    server: {
      port: devPort,
      strictPort: true,
      proxy: { '/api': 'http://localhost:3000' },
    },
    build: {
      outDir: `${workspaceRoot}dist/apps/${name}`,
      emptyOutDir: true,
      sourcemap: true,
      target: 'es2022',
      rolldownOptions: {
        // libs/shared is pure TypeScript; its top-level lookup tables (a Map over the taxonomy, say) look like side
        // effects to the bundler. Saying they are not lets a portal that needs one helper leave the data out.
        treeshake: { moduleSideEffects: (id: string) => !id.startsWith(`${workspaceRoot}libs/shared/`) },
      },
    },
  });
}
