import { checkInSchedule } from './check-in-schedule';

describe('checkInSchedule', () => {
  it('plans week 1 and months 1, 3 and 6 after the start', () => {
    expect(checkInSchedule('2026-01-31', null)).toEqual([
      { milestone: 'week-1', dueDate: '2026-02-07' },
      { milestone: 'month-1', dueDate: '2026-02-28' },
      { milestone: 'month-3', dueDate: '2026-04-30' },
      { milestone: 'month-6', dueDate: '2026-07-31' },
    ]);
  });

  it('plans nothing after a planned end, except the first week', () => {
    expect(checkInSchedule('2026-03-01', '2026-05-01').map((entry) => entry.milestone)).toEqual(['week-1', 'month-1']);
    expect(checkInSchedule('2026-03-01', '2026-03-03').map((entry) => entry.milestone)).toEqual(['week-1']);
  });
});
