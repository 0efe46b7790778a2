/** The results page is built with the other operations pages (placements, appointments, audit log). */
export { ReportsPage as ResultsPage } from './operations/ReportsPage';
