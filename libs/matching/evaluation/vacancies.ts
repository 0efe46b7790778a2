import type { MatchingVacancy } from '../src/model';
import { at, weekdays } from './places';

/** Eleven Achterhoek vacancies, every kind of vacancy at least once. Fictional, but written as employers write them. */

const vacancy = (v: Pick<MatchingVacancy, 'id' | 'kind'> & Partial<MatchingVacancy>): MatchingVacancy => ({
  skills: [],
  occupationId: null,
  experienceYearsWanted: 0,
  themes: [],
  hoursPerWeek: null,
  schedule: [],
  location: null,
  remote: false,
  requiresDrivingLicence: false,
  minDutchLevel: 'none',
  startDate: null,
  conditions: [],
  supportOffered: [],
  ...v,
});

export const EVALUATION_VACANCIES: readonly MatchingVacancy[] = [
  vacancy({
    id: 'v01-office-cleaning-doetinchem',
    kind: 'regular',
    // Cleaning company, offices on the Doetinchem business park, weekday evenings.
    occupationId: '9112.2',
    skills: [
      { skillId: 'office-cleaning', level: 2, required: true },
      { skillId: 'floor-cleaning', level: 2, required: true },
      { skillId: 'cleaning-agents', level: 1, required: false },
      { skillId: 'working-independently', level: 2, required: false },
    ],
    themes: ['cleaning'],
    hoursPerWeek: { min: 16, max: 24 },
    schedule: weekdays('evening'),
    location: at('7007'),
    minDutchLevel: 'A2',
    startDate: '2026-12-07',
    conditions: ['long-standing'],
    supportOffered: ['training-on-the-job'],
  }),
  vacancy({
    id: 'v02-warehouse-placement-winterswijk',
    kind: 'work-experience',
    // Work-experience placement in a distribution warehouse, with a job coach.
    occupationId: '9333.8',
    skills: [
      { skillId: 'order-picking', level: 1, required: true },
      { skillId: 'warehouse-storage', level: 1, required: false },
      { skillId: 'barcode-scanning', level: 1, required: false },
      { skillId: 'pallet-truck', level: 1, required: false },
    ],
    themes: ['logistics'],
    hoursPerWeek: { min: 24, max: 32 },
    location: at('7102'),
    minDutchLevel: 'A1',
    conditions: ['heavy-lifting'],
    supportOffered: ['job-coach', 'training-on-the-job'],
  }),
  vacancy({
    id: 'v03-green-maintenance-trial-gendringen',
    kind: 'trial-placement',
    // Two-month trial placement with the municipal green maintenance team.
    occupationId: '6113.1',
    skills: [
      { skillId: 'lawn-mowing', level: 1, required: true },
      { skillId: 'weeding', level: 1, required: true },
      { skillId: 'hedge-trimming', level: 1, required: false },
      { skillId: 'outdoor-work', level: 2, required: false },
    ],
    themes: ['outdoors'],
    hoursPerWeek: { min: 24, max: 32 },
    location: at('7081'),
    minDutchLevel: 'A1',
    startDate: '2026-12-01',
    conditions: ['long-standing'],
    supportOffered: ['job-coach'],
  }),
  vacancy({
    id: 'v04-neighbourhood-caretaker-doetinchem',
    kind: 'community-job',
    // Neighbourhood caretaker: small repairs, an eye on the street, talking to residents.
    occupationId: '5153.1.2',
    skills: [
      { skillId: 'small-repairs', level: 2, required: true },
      { skillId: 'neighbourhood-supervision', level: 1, required: false },
      { skillId: 'customer-friendly', level: 2, required: false },
    ],
    themes: ['neighbourhood'],
    hoursPerWeek: { min: 16, max: 20 },
    location: at('7006'),
    minDutchLevel: 'B1',
    startDate: '2027-01-04',
  }),
  vacancy({
    id: 'v05-food-bank-volunteer-aalten',
    kind: 'volunteer',
    // Food bank: handing out parcels on Friday afternoon or Saturday morning.
    skills: [
      { skillId: 'food-bank-distribution', level: 1, required: false },
      { skillId: 'customer-friendly', level: 1, required: false },
    ],
    themes: ['food', 'care'],
    hoursPerWeek: { min: 4, max: 8 },
    schedule: [
      { day: 'fri', part: 'afternoon' },
      { day: 'sat', part: 'morning' },
    ],
    location: at('7121'),
    supportOffered: ['flexible-hours', 'training-on-the-job'],
  }),
  vacancy({
    id: 'v06-forklift-training-lochem',
    kind: 'training',
    // Learn-and-work route to a forklift certificate at a Lochem logistics company.
    occupationId: '8344.1',
    skills: [
      { skillId: 'working-safely', level: 1, required: true },
      { skillId: 'loading-unloading', level: 1, required: false },
      { skillId: 'forklift-driving', level: 1, required: false },
    ],
    themes: ['logistics'],
    hoursPerWeek: { min: 32, max: 38 },
    location: at('7241'),
    minDutchLevel: 'A2',
    startDate: '2027-01-04',
    supportOffered: ['training-on-the-job'],
  }),
  vacancy({
    id: 'v07-woodwork-day-activity-winterswijk',
    kind: 'day-activity',
    // Day activity in a wood workshop: small furniture and toys, at your own pace.
    skills: [
      { skillId: 'sanding-finishing', level: 1, required: false },
      { skillId: 'hand-tools', level: 1, required: false },
      { skillId: 'furniture-assembly', level: 1, required: false },
    ],
    themes: ['creative'],
    hoursPerWeek: { min: 8, max: 16 },
    location: at('7103'),
    conditions: ['noisy'],
    supportOffered: ['job-coach', 'adapted-workplace', 'flexible-hours'],
  }),
  vacancy({
    id: 'v08-van-courier-doetinchem',
    kind: 'regular',
    // Parcel delivery by van, routes around Doetinchem.
    occupationId: '8322.2',
    skills: [
      { skillId: 'van-driving', level: 2, required: true },
      { skillId: 'parcel-delivery', level: 2, required: true },
      { skillId: 'navigation', level: 1, required: false },
    ],
    themes: ['logistics'],
    hoursPerWeek: { min: 24, max: 32 },
    schedule: weekdays('morning', 'afternoon'),
    location: at('7009'),
    requiresDrivingLicence: true,
    minDutchLevel: 'A2',
    startDate: '2026-12-01',
    conditions: ['heavy-lifting'],
  }),
  vacancy({
    id: 'v09-home-care-helper-borculo',
    kind: 'regular',
    // Home care organisation: household help and company for elderly clients in Borculo.
    occupationId: '2635.3.4',
    skills: [
      { skillId: 'household-help', level: 2, required: true },
      { skillId: 'companionship', level: 2, required: true },
      { skillId: 'noticing-changes', level: 1, required: false },
    ],
    themes: ['care'],
    hoursPerWeek: { min: 12, max: 20 },
    location: at('7271'),
    minDutchLevel: 'B1',
    startDate: '2026-12-14',
  }),
  vacancy({
    id: 'v10-production-nights-ulft',
    kind: 'regular',
    // Metal products factory, night shift Monday to Thursday.
    occupationId: '9329.1',
    skills: [
      { skillId: 'production-line', level: 1, required: true },
      { skillId: 'working-at-pace', level: 2, required: true },
      { skillId: 'quality-control', level: 1, required: false },
    ],
    themes: ['technology'],
    hoursPerWeek: { min: 32, max: 38 },
    schedule: (['mon', 'tue', 'wed', 'thu'] as const).map((day) => ({ day, part: 'night' as const })),
    location: at('7071'),
    minDutchLevel: 'A1',
    startDate: '2026-12-01',
    conditions: ['noisy', 'long-standing'],
  }),
  vacancy({
    id: 'v11-kitchen-placement-doetinchem',
    kind: 'work-experience',
    // Work-experience placement in a lunchroom kitchen; hours to be agreed on weekdays.
    occupationId: '9412.1',
    skills: [
      { skillId: 'food-preparation', level: 1, required: true },
      { skillId: 'dishwashing', level: 1, required: true },
      { skillId: 'food-hygiene', level: 1, required: false },
    ],
    themes: ['food'],
    hoursPerWeek: { min: 16, max: 24 },
    schedule: weekdays('morning', 'afternoon'),
    location: at('7001'),
    minDutchLevel: 'A1',
    supportOffered: ['flexible-hours', 'training-on-the-job'],
  }),
];
