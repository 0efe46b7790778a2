import { addDays, addMonths } from '../common/dates';
import { ScheduledMilestone } from './placement-check-in.entity';

const SCHEDULE: { milestone: ScheduledMilestone; due: (start: string) => string }[] = [
  { milestone: 'week-1', due: (start) => addDays(start, 7) },
  { milestone: 'month-1', due: (start) => addMonths(start, 1) },
  { milestone: 'month-3', due: (start) => addMonths(start, 3) },
  { milestone: 'month-6', due: (start) => addMonths(start, 6) },
];

/** Aftercare after week 1 and months 1, 3 and 6; none after a planned end (the first one always). */
export function checkInSchedule(startDate: string, plannedEndDate: string | null): { milestone: ScheduledMilestone; dueDate: string }[] {
  return SCHEDULE.map(({ milestone, due }) => ({ milestone, dueDate: due(startDate) })).filter(
    ({ milestone, dueDate }) => milestone === 'week-1' || plannedEndDate === null || dueDate <= plannedEndDate,
  );
}
