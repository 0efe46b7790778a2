import { calendarFile } from './ics';

describe('calendarFile', () => {
  const event = {
    uid: 'appointment-1@meedoen',
    start: new Date('2026-12-03T09:00:00Z'),
    end: new Date('2026-12-03T09:30:00Z'),
    summary: 'Afspraak met je casusregisseur',
    description: 'Gesprek over werk, en je plannen; neem je ID mee.\nTot dan!',
    location: 'Gemeentehuis, Ulft',
  };

  it('writes one event with UTC times, escaped text and CRLF line ends', () => {
    const file = calendarFile(event, new Date('2026-12-01T12:00:00Z'));
    expect(file.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(file).toContain('\r\nDTSTART:20261203T090000Z\r\nDTEND:20261203T093000Z\r\n');
    expect(file).toContain('\r\nDTSTAMP:20261201T120000Z\r\n');
    expect(file).toContain('DESCRIPTION:Gesprek over werk\\, en je plannen\\; neem je ID mee.\\nTot dan!');
    expect(file).toContain('LOCATION:Gemeentehuis\\, Ulft');
    expect(file.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const file = calendarFile({ ...event, summary: 'é'.repeat(100) });
    const lines = file.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const unfolded = file.replace(/\r\n /g, '');
    expect(unfolded).toContain(`\r\nSUMMARY:${'é'.repeat(100)}\r\n`);
  });
});
