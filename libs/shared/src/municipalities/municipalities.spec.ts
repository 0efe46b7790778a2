import { lookupPc4, pc4sInMunicipalityNamed } from '../geo';
import {
  ACHTERHOEK,
  DEMO_FIRST_NAMES,
  DEMO_STREETS_BY_MUNICIPALITY,
  DEMO_SURNAMES,
  MUNICIPALITIES,
  contrastRatio,
  getMunicipality,
  municipalityOfPc4,
  pc4sOfMunicipality,
} from './index';

describe('municipalities', () => {
  it('lists the fourteen reference municipalities with unique CBS codes', () => {
    expect(MUNICIPALITIES).toHaveLength(14);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(14);
    for (const municipality of MUNICIPALITIES) expect(municipality.code).toMatch(/^GM\d{4}$/);
    expect(MUNICIPALITIES.filter((m) => m.region === ACHTERHOEK).map((m) => m.name)).toEqual([
      'Aalten', 'Berkelland', 'Bronckhorst', 'Doetinchem', 'Lochem', 'Montferland', 'Oost Gelre', 'Oude IJsselstreek', 'Winterswijk',
    ]);
  });

  it('gives every theme colour at least 4.5:1 contrast against white', () => {
    for (const { name, themeColor } of MUNICIPALITIES) {
      expect({ name, ratio: contrastRatio(themeColor, '#ffffff') >= 4.5 }).toEqual({ name, ratio: true });
    }
  });

  it('scales outflow targets to size', () => {
    for (const m of MUNICIPALITIES.filter((m) => m.region === ACHTERHOEK)) {
      expect(m.defaultYearlyOutflowTarget).toBeGreaterThanOrEqual(40);
      expect(m.defaultYearlyOutflowTarget).toBeLessThanOrEqual(150);
    }
    expect(getMunicipality('GM0599')!.defaultYearlyOutflowTarget).toBeGreaterThan(getMunicipality('GM0518')!.defaultYearlyOutflowTarget);
  });

  it('takes its PC4 areas from the GeoNames table', () => {
    for (const { name, pc4s } of MUNICIPALITIES) {
      expect({ name, pc4s }).toEqual({ name, pc4s: pc4sInMunicipalityNamed(name) });
      for (const pc4 of pc4s) expect(lookupPc4(pc4)?.municipality).toBe(name);
    }
  });

  it('looks up areas by code and municipalities by area', () => {
    expect(pc4sOfMunicipality('GM1509')).toContain('7071');
    expect(pc4sOfMunicipality('GM9999')).toEqual([]);
    expect(municipalityOfPc4('2511')?.displayName).toBe('Den Haag');
    expect(municipalityOfPc4('3921')).toBeUndefined();
    expect(municipalityOfPc4('1011')).toBeUndefined();
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('demo names', () => {
  it('has enough varied, unique names', () => {
    expect(DEMO_FIRST_NAMES.length).toBeGreaterThanOrEqual(75);
    expect(new Set(DEMO_FIRST_NAMES).size).toBe(DEMO_FIRST_NAMES.length);
    expect(DEMO_SURNAMES.length).toBeGreaterThanOrEqual(75);
    expect(DEMO_SURNAMES).toContainEqual({ tussenvoegsel: 'van der', surname: 'Meer' });
    expect(DEMO_SURNAMES).toContainEqual({ surname: 'Jansen' });
  });

  it('has ten streets for every Achterhoek municipality', () => {
    for (const m of MUNICIPALITIES.filter((m) => m.region === ACHTERHOEK)) {
      expect(DEMO_STREETS_BY_MUNICIPALITY[m.code]).toHaveLength(10);
    }
  });
});
