import { allPc4s, haversineKm, lookupPc4, normalizePostcode, pc4sInMunicipalityNamed } from './index';

describe('normalizePostcode', () => {
  it.each([
    ['7071 ab', { pc4: '7071', full: '7071AB' }],
    ['7071AB', { pc4: '7071', full: '7071AB' }],
    ['  2511  cv ', { pc4: '2511', full: '2511CV' }],
    ['7071', { pc4: '7071' }],
  ])('accepts %p', (input, expected) => {
    expect(normalizePostcode(input)).toEqual(expected);
  });

  it.each(['0123 AB', '707 AB', '70711', '7071 A', '7071 ABC', '7071 SA', '7071 sd', '7071SS', '7071-AB', '', 'ABCD'])(
    'rejects %p',
    (input) => {
      expect(normalizePostcode(input)).toBeNull();
    },
  );
});

describe('lookupPc4', () => {
  it('finds the centre and municipality of a known area', () => {
    expect(lookupPc4('7071')).toEqual({ lat: 51.8916, lon: 6.3773, municipality: 'Oude IJsselstreek' });
    expect(lookupPc4('5671')?.municipality).toBe('Nuenen, Gerwen en Nederwetten');
  });

  it('does not guess for unknown areas', () => {
    expect(lookupPc4('1000')).toBeUndefined();
    expect(lookupPc4('6000')).toBeUndefined();
    expect(lookupPc4('constructor')).toBeUndefined();
    expect(lookupPc4('7071AB')).toBeUndefined();
  });

  it('holds the whole GeoNames table', () => {
    expect(allPc4s()).toHaveLength(4069);
  });

  it('lists the areas of a municipality', () => {
    expect(pc4sInMunicipalityNamed('Aalten')).toEqual(['7091', '7095', '7121', '7122', '7123', '7126']);
    expect(pc4sInMunicipalityNamed('Atlantis')).toEqual([]);
  });
});

describe('haversineKm', () => {
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 51.9663, lon: 6.2913 };
    const b = { lat: 51.9712, lon: 6.7233 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 10);
  });

  it('measures Doetinchem to Winterswijk at about 30 km', () => {
    const doetinchem = lookupPc4('7001')!;
    const winterswijk = lookupPc4('7101')!;
    expect(haversineKm(doetinchem, winterswijk)).toBeGreaterThan(28);
    expect(haversineKm(doetinchem, winterswijk)).toBeLessThan(31);
  });

  it('measures Amsterdam to Rotterdam at about 57 km', () => {
    expect(haversineKm({ lat: 52.3676, lon: 4.9041 }, { lat: 51.9244, lon: 4.4777 })).toBeCloseTo(57.5, 0);
  });
});
