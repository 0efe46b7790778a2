/** One jest run for the whole monorepo: unit tests of the libs and API tests against real PostgreSQL and Redis. */
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const moduleNameMapper = { '^@meedoen/(shared|matching|web)$': `${__dirname}/libs/$1/src/index.ts` };
const project = (displayName, rootDir, extra = {}) => ({
  displayName,
  rootDir,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleNameMapper,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  ...extra,
});

module.exports = {
  testTimeout: 60000,
  projects: [
    project('matching', '<rootDir>/libs/matching'),
    project('shared', '<rootDir>/libs/shared'),
    project('web', '<rootDir>/libs/web'),
    project('api', '<rootDir>/apps/api', {
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    }),
    // Browser tests: the built portals served by the real app, driven in Debian's Chromium.
    project('e2e', '<rootDir>/e2e', {
      globalSetup: '<rootDir>/../apps/api/test/global-setup.ts',
      globalTeardown: '<rootDir>/../apps/api/test/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
    }),
  ],
};
