/**
 * Seeker–vacancy pairs judged by reading the profiles as a caseworker would, before looking at any score:
 * 'good' — propose it; 'fair' — worth a conversation; 'poor' — do not propose (including pairs a hard constraint
 * rules out, such as a hidden profile).
 */
export type Judgement = 'good' | 'fair' | 'poor';

export interface JudgedPair {
  vacancyId: string;
  seekerId: string;
  judgement: Judgement;
  reason: string;
}

const judged = (vacancyId: string, pairs: [seekerId: string, judgement: Judgement, reason: string][]): JudgedPair[] =>
  pairs.map(([seekerId, judgement, reason]) => ({ vacancyId, seekerId, judgement, reason }));

export const JUDGED_PAIRS: readonly JudgedPair[] = [
  ...judged('v01-office-cleaning-doetinchem', [
    ['s01-experienced-office-cleaner', 'good', 'Six years cleaning offices, has every skill asked, free on weekday evenings, a short bike ride away.'],
    ['s02-kitchen-assistant', 'fair', 'Kitchen cleaning is close to office cleaning and evenings are possible, but wants kitchen work; training on the job helps.'],
    ['s20-office-cleaner-full-time', 'fair', 'A good office cleaner, but wants 32–38 hours and this job has at most 24: worth asking about a second job.'],
    ['s06-handyman', 'poor', 'Handyman without cleaning skills who wants caretaker work.'],
    ['s17-hidden-office-cleaner', 'poor', 'Would fit, but keeps the profile hidden: must not be proposed.'],
    ['s18-office-cleaner-from-march', 'poor', 'Free only from March; the job starts on 7 December.'],
    ['s19-office-cleaner-mornings', 'poor', 'Can only work mornings; the cleaning is done in the evening.'],
    ['s21-office-cleaner-lochem', 'poor', 'Lives in Lochem, about 25 km away, and cycles at most 20 minutes.'],
    ['s22-office-cleaner-no-regular-job', 'poor', 'Wants a work-experience placement first, not a regular job.'],
  ]),
  ...judged('v02-warehouse-placement-winterswijk', [
    ['s03-warehouse-worker', 'good', 'Three years of order picking in Winterswijk; knows scanners and pallet trucks; lifting is no problem.'],
    ['s23-shelf-stacker', 'fair', 'Shelf stacking and goods receipt are related and the seeker wants warehouse work; coach and training offered.'],
    ['s24-forklift-driver-no-dutch', 'fair', 'Strong warehouse experience, but no Dutch yet and the placement asks A1 for the safety instructions.'],
    ['s09-woodwork-day-activity', 'poor', 'Wants 8–16 hours of woodwork with a coach, not a warehouse.'],
    ['s04-needs-quiet-day-activity', 'poor', 'Needs a quiet place without lifting for a few mornings, in Aalten.'],
    ['s14-production-worker', 'poor', 'Production worker in Ulft who cycles at most 15 minutes; Winterswijk is 30 km away.'],
  ]),
  ...judged('v03-green-maintenance-trial-gendringen', [
    ['s05-green-maintenance-worker', 'good', 'Four years of green maintenance; mows, trims and weeds; lives in Ulft next door.'],
    ['s25-community-gardener', 'fair', 'Weeds and plants in a community garden and wants outdoor work, but has not mowed professionally.'],
    ['s14-production-worker', 'poor', 'Production worker with technical interests and no green skills.'],
    ['s15-production-no-nights', 'poor', 'Production worker without green skills.'],
    ['s04-needs-quiet-day-activity', 'poor', 'Needs a quiet day activity of 8–16 hours; this is 24–32 hours outdoors, too far by bus.'],
  ]),
  ...judged('v04-neighbourhood-caretaker-doetinchem', [
    ['s06-handyman', 'good', 'Eight years as a handyman, good with people, fluent Dutch, wants exactly this job.'],
    ['s26-neighbourhood-volunteer', 'fair', 'Knows neighbourhood work and residents, very friendly, but only a little handy.'],
    ['s01-experienced-office-cleaner', 'poor', 'Office cleaner with A2 Dutch; the job asks B1 and repair skills.'],
    ['s16-kitchen-experienced', 'poor', 'Kitchen assistant with A2 Dutch and no repair skills.'],
    ['s10-van-courier', 'poor', 'Van courier who wants 24–40 hours; no repair skills; A2 Dutch.'],
  ]),
  ...judged('v05-food-bank-volunteer-aalten', [
    ['s08-volunteer-aalten', 'good', 'Lives in Aalten, has handed out parcels before, free on Friday afternoon and Saturday morning.'],
    ['s27-newcomer-wants-to-volunteer', 'good', 'Wants to volunteer to meet people, friendly, free at those times; no Dutch level needed here.'],
    ['s04-needs-quiet-day-activity', 'poor', 'Only free on weekday mornings; the food bank needs Friday afternoon or Saturday morning.'],
    ['s09-woodwork-day-activity', 'poor', 'Lives in Winterswijk, cycles at most 15 minutes, and wants woodwork.'],
    ['s12-home-care-helper', 'poor', 'Looks for paid care work in Borculo, 25 km away.'],
  ]),
  ...judged('v06-forklift-training-lochem', [
    ['s07-storehouse-worker-lochem', 'good', 'Lives in Lochem, loads trucks, wants to become a forklift driver; free before the start.'],
    ['s28-wants-logistics-eibergen', 'good', 'Keen on logistics, safety certificate, B1 Dutch, drives to Lochem in under half an hour.'],
    ['s03-warehouse-worker', 'poor', 'Fits the work, but Lochem is well beyond 30 minutes by car from Winterswijk.'],
    ['s13-care-newcomer-a1', 'poor', 'Wants 12–24 hours of care work; Neede is too far by bike.'],
    ['s06-handyman', 'poor', 'Handyman in Doetinchem, not interested in logistics, and too far away.'],
  ]),
  ...judged('v07-woodwork-day-activity-winterswijk', [
    ['s09-woodwork-day-activity', 'good', 'Does woodwork at home, wants a few hours with a coach, lives around the corner.'],
    ['s29-furniture-assembly-hobby', 'good', 'Assembles furniture, wants structured hours with a coach, cycles there in under 20 minutes.'],
    ['s04-needs-quiet-day-activity', 'poor', 'Needs a quiet workplace and the workshop is noisy; Aalten is too far by bus.'],
    ['s03-warehouse-worker', 'poor', 'Warehouse worker who does not want day activities.'],
    ['s23-shelf-stacker', 'poor', 'Wants 24–32 hours of paid warehouse work.'],
  ]),
  ...judged('v08-van-courier-doetinchem', [
    ['s10-van-courier', 'good', 'Two years delivering parcels by van, has a licence, lives in Doetinchem.'],
    ['s30-former-taxi-driver', 'fair', 'Experienced driver with a licence who knows the area, but has not delivered parcels.'],
    ['s11-bike-courier-no-licence', 'poor', 'Delivers parcels by cargo bike but has no driving licence.'],
    ['s16-kitchen-experienced', 'poor', 'Kitchen assistant without a driving licence.'],
  ]),
  ...judged('v09-home-care-helper-borculo', [
    ['s12-home-care-helper', 'good', 'Three years of home care in Borculo, B1 Dutch, clients liked her.'],
    ['s31-care-home-cleaner', 'fair', 'Cleaned in a care home and wants to help clients at home; household help is new; B1 Dutch.'],
    ['s13-care-newcomer-a1', 'poor', 'Caring and motivated, but Dutch A1 while clients need B1.'],
    ['s28-wants-logistics-eibergen', 'poor', 'Wants full-time logistics work.'],
  ]),
  ...judged('v10-production-nights-ulft', [
    ['s14-production-worker', 'good', 'Five years on a production line in Ulft, including nights.'],
    ['s32-hand-packer', 'fair', 'Packing at pace, any shift, lives in Ulft, but no production-line experience.'],
    ['s15-production-no-nights', 'poor', 'Experienced, but may not work night shifts.'],
    ['s05-green-maintenance-worker', 'poor', 'Green maintenance worker who wants outdoor work.'],
  ]),
  ...judged('v11-kitchen-placement-doetinchem', [
    ['s16-kitchen-experienced', 'good', 'Three years as a kitchen assistant with a hygiene certificate; daytime fits.'],
    ['s02-kitchen-assistant', 'good', 'A year in a kitchen, wants kitchen work again, lives close by.'],
    ['s33-hospitality-starter', 'fair', 'Wants hospitality and knows hygiene basics, but has no kitchen experience.'],
    ['s01-experienced-office-cleaner', 'poor', 'Experienced office cleaner who wants office cleaning, not kitchen work.'],
    ['s27-newcomer-wants-to-volunteer', 'poor', 'Lives in Aalten, 25 km away; more than 45 minutes by bus.'],
  ]),
];
