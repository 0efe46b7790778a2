import { getSkill, lookupPc4, MUNICIPALITIES, OCCUPATIONS, occupationDisplayLabelNl, pc4sInMunicipalityNamed, type VacancyKind } from '@meedoen/shared';
import { VACANCY_KINDS } from '../src/common/domain-values';
import { SeededRandom } from '../src/demo/seeded-random';
import type { VacancySearchDocument } from '../src/search/search-engine';

const CITIES = ['Amsterdam', 'Rotterdam', 'Utrecht', 'Groningen', 'Zwolle', 'Arnhem', 'Nijmegen', 'Tilburg', 'Breda', 'Apeldoorn'];
const WEIGHTED_KINDS: VacancyKind[] = [...VACANCY_KINDS, 'regular', 'regular', 'regular', 'work-experience', 'volunteer'];
const OPENINGS = [
  'Wij zoeken een enthousiaste collega voor ons team.',
  'Kom jij ons helpen? Je krijgt een goede inwerkperiode.',
  'Een plek om te leren, met een vaste begeleider.',
  'Werk dichtbij huis, in een klein bedrijf met korte lijnen.',
];

/** Postcode areas across the demo region and ten large cities, with their centres. */
export function benchAreas(): { pc4: string; lat: number; lon: number; municipalityCode: string | null; city: string }[] {
  const areas = MUNICIPALITIES.flatMap((municipality) => municipality.pc4s.map((pc4) => ({ pc4, municipalityCode: municipality.code as string | null })));
  for (const city of CITIES) areas.push(...pc4sInMunicipalityNamed(city).map((pc4) => ({ pc4, municipalityCode: null })));
  return areas.map((area) => {
    const centre = lookupPc4(area.pc4)!;
    return { ...area, lat: centre.lat, lon: centre.lon, city: centre.municipality };
  });
}

/** `count` realistic search documents, the same every run. */
export function generateDocuments(count: number, seed = 4242): VacancySearchDocument[] {
  const random = new SeededRandom(seed);
  const areas = benchAreas();
  const now = Date.parse('2026-06-01T00:00:00Z');
  return Array.from({ length: count }, (_, index) => {
    const occupation = random.pick(OCCUPATIONS);
    const kind = random.pick(WEIGHTED_KINDS);
    const area = random.pick(areas);
    const skillIds = [...random.sample(occupation.essentialSkills, random.int(1, 4)), ...random.sample(occupation.optionalSkills, random.int(0, 2))];
    const skills = skillIds.map((id) => getSkill(id)).filter((skill) => skill !== undefined);
    const hoursMin = random.pick([4, 8, 12, 16, 20, 24, 32]);
    const label = occupationDisplayLabelNl(occupation);
    const description = `${random.pick(OPENINGS)} Als ${label} in ${area.city} ${random.pick(['werk je mee in het team', 'doe je praktisch werk', 'help je klanten en collega’s'])}. ${skills.map((skill) => skill.labelNl).join(', ')}.`;
    return {
      id: `00000000-0000-4000-9000-${String(index).padStart(12, '0')}`,
      title: `${label.charAt(0).toUpperCase()}${label.slice(1)}${kind === 'regular' ? '' : ` (${kind})`}`,
      teaser: description.slice(0, 200),
      description,
      kind,
      occupationId: occupation.id,
      occupationTerms: [label, occupation.labelNl, occupation.labelEn, ...occupation.synonymsNl],
      skillIds,
      skillTerms: skills.flatMap((skill) => [skill.labelNl, skill.labelEn]),
      employerId: '00000000-0000-4000-8000-000000000000',
      employerName: `Werkgever ${index % 997}`,
      city: area.city,
      municipalityCode: area.municipalityCode,
      hoursMin,
      hoursMax: Math.min(40, hoursMin + random.pick([0, 4, 8, 12, 16])),
      workplace: random.chance(0.05) ? 'hybrid' : 'on-site',
      location: { lat: area.lat + (random.next() - 0.5) * 0.02, lon: area.lon + (random.next() - 0.5) * 0.02 },
      publishedAt: new Date(now - random.int(0, 90) * 86_400_000 - random.int(0, 86_399) * 1000).toISOString(),
      closesOn: random.chance(0.2) ? `2026-${String(random.int(7, 12)).padStart(2, '0')}-15` : null,
    };
  });
}

const WORDS = ['schoonmaker', 'schoonmaken', 'hovenier', 'hovenir', 'magazijn', 'magazjn', 'kok', 'keuken', 'zorg', 'chauffeur', 'heftruck', 'kassa', 'winkel', 'productie', 'monteur', 'bakker', 'receptie', 'groen', 'café', 'administratie', 'fietsenmaker', '"orderpicker"', 'medewerker kinderopvang', 'helpende zorg'];
const SKILLS = ['office-cleaning', 'forklift-driving', 'hedge-trimming', 'vacuuming', 'teamwork', 'cash-register'];

export interface BenchQuery {
  text?: string;
  kinds?: VacancyKind[];
  hoursMin?: number;
  hoursMax?: number;
  skillIds?: string[];
  pc4?: string;
  radiusKm?: number;
  sort: 'relevance' | 'newest' | 'distance';
}

/** A mix of what people search for: text (with typos), filters, radius, skills and combinations. */
export function mixedQueries(count: number, seed = 77): BenchQuery[] {
  const random = new SeededRandom(seed);
  const areas = benchAreas();
  return Array.from({ length: count }, (_, index) => {
    const query: BenchQuery = { sort: 'relevance' };
    const shape = index % 10;
    if (shape <= 4 || shape === 8) query.text = random.pick(WORDS);
    if (shape === 1 || shape === 5 || shape === 9) query.kinds = random.sample(VACANCY_KINDS, random.int(1, 2));
    if (shape === 2 || shape === 5 || shape === 6) [query.hoursMin, query.hoursMax] = random.pick([[8, 16], [16, 24], [24, 40], [0, 12]]);
    if (shape === 3 || shape === 6 || shape === 7 || shape === 8) {
      query.pc4 = random.pick(areas).pc4;
      query.radiusKm = random.pick([5, 10, 15, 25]);
      if (shape === 7) query.sort = 'distance';
    }
    if (shape === 4 || shape === 9) query.skillIds = random.sample(SKILLS, random.int(1, 2));
    if (shape === 5 || shape === 6) query.sort = 'newest';
    return query;
  });
}

export function toSearchParams(query: BenchQuery): string {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  query.kinds?.forEach((kind) => params.append('kind', kind));
  if (query.hoursMin !== undefined) params.set('hoursMin', String(query.hoursMin));
  if (query.hoursMax !== undefined) params.set('hoursMax', String(query.hoursMax));
  if (query.skillIds) params.set('skills', query.skillIds.join(','));
  if (query.pc4) params.set('postcode', query.pc4);
  if (query.radiusKm) params.set('radiusKm', String(query.radiusKm));
  params.set('sort', query.sort);
  return params.toString();
}
