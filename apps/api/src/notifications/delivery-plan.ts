import { CategoryPreference, DeliveryChannel } from './notification-categories';
import { NotificationTemplate } from './templates';

/**
 * Where one message goes for one recipient. E-mail-only messages go by e-mail alone. Required messages go in-app and by e-mail whatever was chosen.
 * Otherwise: 'off' (or a match score under the threshold) sends nothing; channel in-app sends in-app only;
 * channel email sends in-app plus an e-mail now (instant) or an item for the daily or weekly digest.
 */
export function deliveryPlan(template: NotificationTemplate, preference: CategoryPreference, matchScore: number | null): DeliveryChannel[] {
  if (template.emailOnly) return ['email'];
  if (template.required) return ['in-app', 'email'];
  if (preference.frequency === 'off') return [];
  const threshold = preference.matchScoreThreshold;
  if (matchScore !== null && threshold !== null && matchScore < threshold) return [];
  if (preference.channel === 'in-app') return ['in-app'];
  return ['in-app', preference.frequency === 'instant' ? 'email' : 'digest'];
}
