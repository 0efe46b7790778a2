import type { MatchingSeeker, SeekerSkill, WorkExperience } from '../src/model';
import { at, weekdays } from './places';

/**
 * Thirty-three fictional Achterhoek residents, written the way caseworkers fill in profiles. The comment above
 * each is what a caseworker would know; the engine sees only the fields.
 */

const confirmed = (skillId: string, level: SeekerSkill['level']): SeekerSkill => ({ skillId, level, source: 'caseworker-confirmed' });
const self = (skillId: string, level: SeekerSkill['level']): SeekerSkill => ({ skillId, level, source: 'self-declared' });
const certificate = (skillId: string, level: SeekerSkill['level']): SeekerSkill => ({ skillId, level, source: 'certificate' });
const worked = (occupationId: string, years: number): WorkExperience => ({ occupationId, years });

const seeker = (s: Pick<MatchingSeeker, 'id'> & Partial<MatchingSeeker>): MatchingSeeker => ({
  visibility: 'employers-anonymous',
  skills: [],
  experience: [],
  wantedOccupations: [],
  interests: [],
  hoursPerWeek: null,
  availability: null,
  location: null,
  travel: [],
  hasDrivingLicence: false,
  dutchLevel: null,
  availableFrom: '2026-11-30',
  limitations: [],
  unwantedKinds: [],
  supportNeeded: [],
  ...s,
});

/** Office cleaners for v01; each differs from the experienced one in one respect. */
const officeCleaner = (s: Pick<MatchingSeeker, 'id'> & Partial<MatchingSeeker>) =>
  seeker({
    skills: [confirmed('office-cleaning', 2), confirmed('floor-cleaning', 2), self('cleaning-agents', 1), self('working-independently', 2)],
    experience: [worked('9112.2', 3)],
    wantedOccupations: ['9112.2'],
    interests: ['cleaning'],
    hoursPerWeek: { min: 16, max: 24 },
    availability: weekdays('evening'),
    location: at('7004'),
    travel: [{ mode: 'bike', maxMinutes: 30 }],
    dutchLevel: 'A2',
    ...s,
  });

export const EVALUATION_SEEKERS: readonly MatchingSeeker[] = [
  // Six years cleaning offices, cleaning diploma, prefers evenings. Lives in Doetinchem.
  seeker({
    id: 's01-experienced-office-cleaner',
    skills: [
      confirmed('office-cleaning', 3),
      confirmed('floor-cleaning', 3),
      certificate('cleaning-agents', 2),
      certificate('cleaning-diploma', 2),
      confirmed('working-independently', 2),
    ],
    experience: [worked('9112.2', 6)],
    wantedOccupations: ['9112.2'],
    interests: ['cleaning'],
    hoursPerWeek: { min: 16, max: 24, preferred: 20 },
    availability: [...weekdays('morning'), ...weekdays('evening')],
    location: at('7004'),
    travel: [{ mode: 'bike', maxMinutes: 30 }],
    dutchLevel: 'A2',
    availableFrom: '2026-12-01',
  }),
  // A year in a restaurant kitchen washing up and cleaning; wants kitchen work again. Any weekday part.
  seeker({
    id: 's02-kitchen-assistant',
    skills: [confirmed('dishwashing', 2), confirmed('kitchen-cleaning', 2), self('food-preparation', 1), self('vegetable-preparation', 1)],
    experience: [worked('9412.1', 1)],
    wantedOccupations: ['9412.1'],
    interests: ['food'],
    hoursPerWeek: { min: 20, max: 32 },
    availability: weekdays('morning', 'afternoon', 'evening'),
    location: at('7002'),
    travel: [
      { mode: 'bike', maxMinutes: 20 },
      { mode: 'public-transport', maxMinutes: 30 },
    ],
    dutchLevel: 'A2',
  }),
  // Three years order picking in a Winterswijk warehouse, some forklift practice. Does not want day activities.
  seeker({
    id: 's03-warehouse-worker',
    skills: [confirmed('order-picking', 3), confirmed('pallet-truck', 2), confirmed('barcode-scanning', 2), self('forklift-driving', 1)],
    experience: [worked('9333.8', 3)],
    wantedOccupations: ['9333.8', '8344.1'],
    interests: ['logistics'],
    hoursPerWeek: { min: 24, max: 40 },
    location: at('7102'),
    travel: [
      { mode: 'car', maxMinutes: 30 },
      { mode: 'bike', maxMinutes: 20 },
    ],
    hasDrivingLicence: true,
    dutchLevel: 'B1',
    unwantedKinds: ['day-activity'],
  }),
  // Long away from work; needs a quiet place, no lifting, a coach, short mornings. Likes making things and animals.
  seeker({
    id: 's04-needs-quiet-day-activity',
    skills: [self('following-instructions', 2), self('routine-work', 2), self('manual-dexterity', 1)],
    interests: ['creative', 'animals'],
    hoursPerWeek: { min: 8, max: 16 },
    availability: weekdays('morning'),
    location: at('7122'),
    travel: [
      { mode: 'public-transport', maxMinutes: 30 },
      { mode: 'bike', maxMinutes: 15 },
    ],
    dutchLevel: 'A1',
    limitations: ['quiet-workplace', 'no-heavy-lifting'],
    unwantedKinds: ['regular'],
    supportNeeded: ['job-coach', 'adapted-workplace'],
  }),
  // Four years with a landscaping firm in Ulft; mows, trims hedges, uses a brushcutter.
  seeker({
    id: 's05-green-maintenance-worker',
    skills: [
      confirmed('lawn-mowing', 3),
      confirmed('hedge-trimming', 2),
      confirmed('weeding', 3),
      confirmed('brushcutter', 2),
      confirmed('outdoor-work', 3),
    ],
    experience: [worked('6113.1', 4)],
    wantedOccupations: ['6113.1'],
    interests: ['outdoors'],
    hoursPerWeek: { min: 24, max: 36 },
    location: at('7071'),
    travel: [
      { mode: 'car', maxMinutes: 20 },
      { mode: 'bike', maxMinutes: 30 },
    ],
    hasDrivingLicence: true,
    dutchLevel: 'A2',
  }),
  // Eight years as a handyman; good with people, fluent Dutch. Wants a caretaker job in Doetinchem.
  seeker({
    id: 's06-handyman',
    skills: [confirmed('small-repairs', 3), confirmed('building-maintenance', 2), confirmed('customer-friendly', 2), self('painting', 2)],
    experience: [worked('9622.1', 8)],
    wantedOccupations: ['5153.1', '5153.1.2'],
    interests: ['neighbourhood', 'technology'],
    hoursPerWeek: { min: 16, max: 32, preferred: 20 },
    location: at('7005'),
    travel: [{ mode: 'bike', maxMinutes: 20 }],
    dutchLevel: 'B2',
  }),
  // A year in a Lochem storehouse loading trucks; wants to become a forklift driver. Free from mid-December.
  seeker({
    id: 's07-storehouse-worker-lochem',
    skills: [confirmed('loading-unloading', 2), confirmed('pallet-truck', 2), self('working-safely', 1)],
    experience: [worked('9333.3', 1)],
    wantedOccupations: ['8344.1'],
    interests: ['logistics'],
    hoursPerWeek: { min: 32, max: 40 },
    location: at('7242'),
    travel: [{ mode: 'car', maxMinutes: 30 }],
    hasDrivingLicence: true,
    dutchLevel: 'A2',
    availableFrom: '2026-12-15',
  }),
  // Wants to do something useful a few hours a week near home in Aalten; friendly, handled a till before.
  seeker({
    id: 's08-volunteer-aalten',
    skills: [confirmed('customer-friendly', 3), self('food-bank-distribution', 2), self('cash-handling', 2)],
    interests: ['food', 'care'],
    hoursPerWeek: { min: 4, max: 12 },
    availability: [
      { day: 'tue', part: 'morning' },
      { day: 'fri', part: 'afternoon' },
      { day: 'sat', part: 'morning' },
    ],
    location: at('7121'),
    travel: [
      { mode: 'bike', maxMinutes: 15 },
      { mode: 'walking', maxMinutes: 20 },
    ],
    dutchLevel: 'C1',
    unwantedKinds: ['regular'],
    supportNeeded: ['flexible-hours'],
  }),
  // Likes woodwork, sands and repairs furniture at home; cannot stand long; needs a coach. Winterswijk.
  seeker({
    id: 's09-woodwork-day-activity',
    skills: [self('sanding-finishing', 2), self('hand-tools', 2), self('furniture-repair', 1)],
    interests: ['creative'],
    hoursPerWeek: { min: 8, max: 16 },
    location: at('7103'),
    travel: [
      { mode: 'walking', maxMinutes: 20 },
      { mode: 'bike', maxMinutes: 15 },
    ],
    dutchLevel: 'A2',
    limitations: ['short-standing'],
    unwantedKinds: ['regular'],
    supportNeeded: ['job-coach'],
  }),
  // Two years delivering parcels by van for a subcontractor; has a driving licence.
  seeker({
    id: 's10-van-courier',
    skills: [confirmed('van-driving', 3), confirmed('parcel-delivery', 3), confirmed('navigation', 2), certificate('driving-licence-b', 3)],
    experience: [worked('8322.2', 2)],
    wantedOccupations: ['8322.2'],
    interests: ['logistics'],
    hoursPerWeek: { min: 24, max: 40 },
    location: at('7008'),
    travel: [
      { mode: 'car', maxMinutes: 30 },
      { mode: 'bike', maxMinutes: 20 },
    ],
    hasDrivingLicence: true,
    dutchLevel: 'A2',
  }),
  // Delivered parcels by cargo bike for two years; no driving licence.
  seeker({
    id: 's11-bike-courier-no-licence',
    skills: [confirmed('parcel-delivery', 3), confirmed('cargo-bike-delivery', 2), confirmed('navigation', 2)],
    experience: [worked('9331.1', 2)],
    wantedOccupations: ['8322.2'],
    interests: ['logistics'],
    hoursPerWeek: { min: 24, max: 32 },
    location: at('7003'),
    travel: [{ mode: 'bike', maxMinutes: 30 }],
    dutchLevel: 'A2',
  }),
  // Three years as a home care helper in Borculo; clients liked her; fluent enough Dutch (B1).
  seeker({
    id: 's12-home-care-helper',
    skills: [confirmed('household-help', 3), confirmed('companionship', 3), confirmed('noticing-changes', 2)],
    experience: [worked('2635.3.4', 3)],
    wantedOccupations: ['2635.3.4'],
    interests: ['care'],
    hoursPerWeek: { min: 12, max: 24, preferred: 16 },
    location: at('7271'),
    travel: [
      { mode: 'bike', maxMinutes: 20 },
      { mode: 'car', maxMinutes: 20 },
    ],
    hasDrivingLicence: true,
    dutchLevel: 'B1',
  }),
  // Recently arrived; cared for family members; wants care work; Dutch lessons just started (A1).
  seeker({
    id: 's13-care-newcomer-a1',
    skills: [self('household-help', 2), self('companionship', 2), self('tigrinya', 3)],
    wantedOccupations: ['2635.3.4'],
    interests: ['care'],
    hoursPerWeek: { min: 12, max: 24 },
    location: at('7161'),
    travel: [{ mode: 'bike', maxMinutes: 45 }],
    dutchLevel: 'A1',
  }),
  // Five years on a production line in Ulft, including nights.
  seeker({
    id: 's14-production-worker',
    skills: [confirmed('production-line', 3), confirmed('working-at-pace', 3), confirmed('quality-control', 2), confirmed('machine-operation', 2)],
    experience: [worked('9329.1', 5)],
    wantedOccupations: ['9329.1'],
    interests: ['technology'],
    hoursPerWeek: { min: 32, max: 40 },
    availability: weekdays('morning', 'afternoon', 'evening', 'night'),
    location: at('7071'),
    travel: [{ mode: 'bike', maxMinutes: 15 }],
    dutchLevel: 'A2',
  }),
  // Three years of production work in Terborg; since an illness no night shifts.
  seeker({
    id: 's15-production-no-nights',
    skills: [confirmed('production-line', 2), confirmed('working-at-pace', 2), confirmed('quality-control', 2)],
    experience: [worked('9329.1', 3)],
    wantedOccupations: ['9329.1'],
    interests: ['technology'],
    hoursPerWeek: { min: 32, max: 40 },
    location: at('7061'),
    travel: [{ mode: 'bike', maxMinutes: 30 }],
    dutchLevel: 'A2',
    limitations: ['no-night-shifts'],
  }),
  // Three years as a kitchen assistant; hygiene certificate; daytime only.
  seeker({
    id: 's16-kitchen-experienced',
    skills: [confirmed('food-preparation', 2), confirmed('dishwashing', 3), certificate('food-hygiene', 2), confirmed('kitchen-cleaning', 2)],
    experience: [worked('9412.1', 3)],
    wantedOccupations: ['9412.1', '5120.1'],
    interests: ['food'],
    hoursPerWeek: { min: 16, max: 24 },
    availability: weekdays('morning', 'afternoon'),
    location: at('7001'),
    travel: [{ mode: 'bike', maxMinutes: 20 }],
    dutchLevel: 'A2',
  }),
  // A strong office cleaner who chose to keep the profile hidden for now.
  officeCleaner({ id: 's17-hidden-office-cleaner', visibility: 'hidden', location: at('7002') }),
  // Office cleaner finishing a course; free only from March.
  officeCleaner({ id: 's18-office-cleaner-from-march', location: at('7005'), availableFrom: '2027-03-01' }),
  // Office cleaner who can only work mornings (children at school).
  officeCleaner({ id: 's19-office-cleaner-mornings', location: at('7006'), availability: weekdays('morning') }),
  // Office cleaner who wants a full-time job.
  officeCleaner({ id: 's20-office-cleaner-full-time', location: at('7009'), hoursPerWeek: { min: 32, max: 38 } }),
  // Office cleaner in Lochem who will cycle at most 20 minutes.
  officeCleaner({ id: 's21-office-cleaner-lochem', location: at('7242'), travel: [{ mode: 'bike', maxMinutes: 20 }] }),
  // Office cleaner who first wants a work-experience placement, not a regular job.
  officeCleaner({ id: 's22-office-cleaner-no-regular-job', unwantedKinds: ['regular'] }),
  // A year stacking shelves in a Winterswijk supermarket; wants warehouse work.
  seeker({
    id: 's23-shelf-stacker',
    skills: [confirmed('shelf-stocking', 2), confirmed('stock-rotation', 2), self('goods-receipt', 1)],
    experience: [worked('9334.1', 1)],
    wantedOccupations: ['9333.8'],
    interests: ['retail', 'logistics'],
    hoursPerWeek: { min: 24, max: 32 },
    location: at('7101'),
    travel: [{ mode: 'bike', maxMinutes: 20 }],
    dutchLevel: 'A2',
  }),
  // Certified forklift driver with five years of experience in Poland; no Dutch yet.
  seeker({
    id: 's24-forklift-driver-no-dutch',
    skills: [certificate('forklift-driving', 3), certificate('forklift-certificate', 3), confirmed('order-picking', 2), confirmed('polish', 3)],
    experience: [worked('8344.1', 5)],
    wantedOccupations: ['8344.1', '9333.8'],
    interests: ['logistics'],
    hoursPerWeek: { min: 32, max: 40 },
    location: at('7104'),
    travel: [{ mode: 'car', maxMinutes: 20 }],
    hasDrivingLicence: true,
    dutchLevel: 'none',
  }),
  // Volunteered in a community garden in Terborg; wants to work outdoors.
  seeker({
    id: 's25-community-gardener',
    skills: [self('garden-maintenance', 1), self('weeding', 2), self('planting', 1)],
    wantedOccupations: ['6113.1'],
    interests: ['outdoors'],
    hoursPerWeek: { min: 24, max: 32 },
    location: at('7061'),
    travel: [{ mode: 'bike', maxMinutes: 30 }],
    dutchLevel: 'A2',
  }),
  // Active in the neighbourhood centre; organises activities; a bit handy.
  seeker({
    id: 's26-neighbourhood-volunteer',
    skills: [confirmed('neighbourhood-work', 2), confirmed('resident-engagement', 2), confirmed('customer-friendly', 3), self('small-repairs', 1)],
    wantedOccupations: ['2635.3.6'],
    interests: ['neighbourhood'],
    hoursPerWeek: { min: 12, max: 20 },
    location: at('7009'),
    travel: [{ mode: 'bike', maxMinutes: 20 }],
    dutchLevel: 'B2',
  }),
  // Recently arrived in Aalten; wants to volunteer to meet people and practise Dutch; afternoons and Saturday.
  seeker({
    id: 's27-newcomer-wants-to-volunteer',
    skills: [self('customer-friendly', 2), self('arabic', 3)],
    interests: ['food', 'care'],
    hoursPerWeek: { min: 4, max: 16 },
    availability: [...weekdays('afternoon'), { day: 'sat', part: 'morning' }],
    location: at('7123'),
    travel: [
      { mode: 'bike', maxMinutes: 15 },
      { mode: 'public-transport', maxMinutes: 45 },
    ],
    dutchLevel: 'A1',
  }),
  // Lives in Eibergen, no logistics experience yet but keen to get a forklift certificate; safety course done.
  seeker({
    id: 's28-wants-logistics-eibergen',
    skills: [certificate('working-safely', 1), self('teamwork', 2)],
    wantedOccupations: ['8344.1'],
    interests: ['logistics'],
    hoursPerWeek: { min: 32, max: 40 },
    location: at('7151'),
    travel: [{ mode: 'car', maxMinutes: 30 }],
    hasDrivingLicence: true,
    dutchLevel: 'B1',
  }),
  // Assembles flat-pack furniture for neighbours; looking for a few structured hours with a coach. Winterswijk.
  seeker({
    id: 's29-furniture-assembly-hobby',
    skills: [self('furniture-assembly', 2), self('sanding-finishing', 2)],
    interests: ['creative'],
    hoursPerWeek: { min: 8, max: 12 },
    location: at('7104'),
    travel: [{ mode: 'bike', maxMinutes: 20 }],
    dutchLevel: 'A2',
    unwantedKinds: ['regular'],
    supportNeeded: ['job-coach'],
  }),
  // Drove a taxi for two years; knows the region; has a licence.
  seeker({
    id: 's30-former-taxi-driver',
    skills: [confirmed('car-driving', 3), confirmed('passenger-transport', 2), confirmed('navigation', 2), confirmed('customer-friendly', 2)],
    experience: [worked('8322.7', 2)],
    wantedOccupations: ['8322.2'],
    hoursPerWeek: { min: 24, max: 36 },
    location: at('7004'),
    travel: [{ mode: 'car', maxMinutes: 20 }],
    hasDrivingLicence: true,
    dutchLevel: 'A2',
  }),
  // Cleaned in a Borculo care home for two years; would like to help clients at home.
  seeker({
    id: 's31-care-home-cleaner',
    skills: [confirmed('home-cleaning', 2), confirmed('healthcare-cleaning', 2), self('empathy', 2)],
    experience: [worked('9112.2', 2)],
    wantedOccupations: ['2635.3.4'],
    interests: ['care'],
    hoursPerWeek: { min: 12, max: 20 },
    location: at('7273'),
    travel: [{ mode: 'bike', maxMinutes: 30 }],
    dutchLevel: 'B1',
  }),
  // Two years packing in a distribution centre in Ulft; any shift.
  seeker({
    id: 's32-hand-packer',
    skills: [confirmed('packing', 2), confirmed('labelling', 2), confirmed('working-at-pace', 2), confirmed('routine-work', 2)],
    experience: [worked('9321.2', 2)],
    hoursPerWeek: { min: 32, max: 40 },
    availability: weekdays('morning', 'afternoon', 'evening', 'night'),
    location: at('7076'),
    travel: [{ mode: 'bike', maxMinutes: 20 }],
    dutchLevel: 'A1',
  }),
  // Wants to start in hospitality; made coffee in a community café; hygiene basics.
  seeker({
    id: 's33-hospitality-starter',
    skills: [self('coffee-making', 1), confirmed('customer-friendly', 2), self('food-hygiene', 1)],
    wantedOccupations: ['5120.1'],
    interests: ['food'],
    hoursPerWeek: { min: 16, max: 24 },
    location: at('7006'),
    travel: [{ mode: 'bike', maxMinutes: 20 }],
    dutchLevel: 'A2',
  }),
];
