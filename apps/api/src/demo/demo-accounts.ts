/** The demo logins of ARCHITECTURE.md: a contract that outside checks rely on. */
export const DEMO_PASSWORD = 'meedoen-demo';
export const DEMO_HOME_MUNICIPALITY = 'GM1509'; // Oude IJsselstreek

export const DEMO_ACCOUNTS = {
  seeker: 'demo.werkzoekende@meedoen.test',
  employer: 'demo.werkgever@meedoen.test',
  caseworker: 'demo.regisseur@meedoen.test',
  administrator: 'demo.beheerder@meedoen.test',
} as const;
