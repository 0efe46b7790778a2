/** Linear forecast for the year: the pace so far (outflow up to `date`) carried on to 31 December. */
export function linearYearForecast(countSoFar: number, date: string): number {
  const year = Number(date.slice(0, 4));
  const dayOfYear = (Date.parse(`${date}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  return Math.round((countSoFar / dayOfYear) * daysInYear);
}

/** The months from one date's month to another's, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  const [lastYear, lastMonth] = to.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

/** A share rounded to three decimals, or null when there is nothing to divide by. */
export const rate = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

type Cell = string | number | boolean | null;

/** RFC 4180 CSV with a header row; text that a spreadsheet would run as a formula is defused with a quote. */
export function toCsv(columns: string[], rows: Cell[][]): string {
  const cell = (value: Cell) => {
    if (value === null) return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
