import type { Sector } from './taxonomy.types';

/** Sectors in plain words: what seekers pick as interests and vacancies carry as themes. */
export const SECTOR_LABELS: Record<Sector, { nl: string; en: string }> = {
  cleaning: { nl: 'schoonmaak', en: 'cleaning' },
  hospitality: { nl: 'horeca', en: 'hospitality' },
  green: { nl: 'groen en tuinen', en: 'gardens and green spaces' },
  agriculture: { nl: 'landbouw', en: 'farming' },
  logistics: { nl: 'magazijn en logistiek', en: 'warehouse and logistics' },
  retail: { nl: 'winkels', en: 'shops' },
  care: { nl: 'zorg', en: 'care' },
  childcare: { nl: 'kinderopvang', en: 'childcare' },
  community: { nl: 'werk in de buurt', en: 'community work' },
  construction: { nl: 'bouw', en: 'construction' },
  production: { nl: 'productie', en: 'production' },
  'food-processing': { nl: 'voedselproductie', en: 'food processing' },
  technical: { nl: 'techniek', en: 'technical work' },
  ict: { nl: 'computers en ICT', en: 'computers and IT' },
  administration: { nl: 'kantoor en administratie', en: 'office and administration' },
  transport: { nl: 'vervoer', en: 'transport' },
  security: { nl: 'beveiliging', en: 'security' },
  'personal-services': { nl: 'persoonlijke dienstverlening', en: 'personal services' },
};

export function sectorLabel(sector: string, language: 'nl' | 'en'): string | undefined {
  return Object.hasOwn(SECTOR_LABELS, sector) ? SECTOR_LABELS[sector as Sector][language] : undefined;
}
