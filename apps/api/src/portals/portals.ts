/** The three portals, each a built single-page app served from its own path on the API's origin. */
export const PORTALS = [
  { path: '/werkzoekenden', folder: 'seeker-web' },
  { path: '/werkgevers', folder: 'employer-web' },
  { path: '/regie', folder: 'caseworker-web' },
] as const;
