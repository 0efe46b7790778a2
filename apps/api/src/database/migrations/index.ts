import { Foundation1795598262694 } from './1795598262694-foundation';
import { Notifications1795601216786 } from './1795601216786-notifications';
import { Marketplace1795601606227 } from './1795601606227-marketplace';
import { VacancySearch1795601606300 } from './1795601606300-vacancy-search';
import { Casework1795602826463 } from './1795602826463-casework';
import { MatchingChangeIndexes1795602963167 } from './1795602963167-matching-change-indexes';
import { Proposals1795604778224 } from './1795604778224-proposals';
import { PlacementVacancy1795605260659 } from './1795605260659-placement-vacancy';
import { PasswordResets1796173639872 } from './1796173639872-password-resets';
import { EmployerPortal1796174791268 } from './1796174791268-employer-portal';

/** Migrations in the order they run. */
export const MIGRATIONS = [
  Foundation1795598262694,
  Notifications1795601216786,
  Marketplace1795601606227,
  VacancySearch1795601606300,
  Casework1795602826463,
  MatchingChangeIndexes1795602963167,
  Proposals1795604778224,
  PlacementVacancy1795605260659,
  PasswordResets1796173639872,
  EmployerPortal1796174791268,
];
