import { linearYearForecast, monthsBetween, rate, toCsv } from './report-math';

describe('report arithmetic', () => {
  it('forecasts the year linearly from the pace so far', () => {
    expect(linearYearForecast(3, '2019-06-30')).toBe(6); // 3 in 181 days → 6.05
    expect(linearYearForecast(100, '2024-12-31')).toBe(100);
    expect(linearYearForecast(1, '2026-01-01')).toBe(365);
    expect(linearYearForecast(0, '2026-05-01')).toBe(0);
  });

  it('lists the months of a period', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  it('rounds rates and has none without a base', () => {
    expect(rate(1, 3)).toBe(0.333);
    expect(rate(0, 0)).toBeNull();
  });

  it('writes RFC 4180 CSV and defuses formulas', () => {
    expect(toCsv(['a', 'b'], [['x,y', 1], ['say "hi"', null], ['=SUM(A1)', -2]])).toBe('a,b\r\n"x,y",1\r\n"say ""hi""",\r\n\'=SUM(A1),-2\r\n');
  });
});
