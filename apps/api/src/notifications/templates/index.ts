import { ACCOUNT_TEMPLATES } from './account.templates';
import { APPLICATION_TEMPLATES } from './application.templates';
import { APPOINTMENT_TEMPLATES } from './appointment.templates';
import { MATCH_TEMPLATES } from './match.templates';
import { PROPOSAL_TEMPLATES } from './proposal.templates';
import { SAVED_SEARCH_TEMPLATES } from './saved-search.templates';
import { TEAM_TEMPLATES } from './team.templates';
import { VACANCY_TEMPLATES } from './vacancy.templates';
import { NotificationTemplate } from './notification-template';

export * from './notification-template';

/** Every message the product sends, by template id. A domain adds its own file here. */
export const TEMPLATES = { ...ACCOUNT_TEMPLATES, ...APPLICATION_TEMPLATES, ...APPOINTMENT_TEMPLATES, ...MATCH_TEMPLATES, ...PROPOSAL_TEMPLATES, ...SAVED_SEARCH_TEMPLATES, ...TEAM_TEMPLATES, ...VACANCY_TEMPLATES } satisfies Record<string, NotificationTemplate>;
export type TemplateId = keyof typeof TEMPLATES;

export function templateOf(id: string): NotificationTemplate | undefined {
  return Object.hasOwn(TEMPLATES, id) ? TEMPLATES[id as TemplateId] : undefined;
}
