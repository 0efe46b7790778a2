import { deliveryPlan } from './delivery-plan';
import { CategoryPreference } from './notification-categories';
import { NotificationTemplate } from './templates';

const template = (required = false): NotificationTemplate => ({ category: 'match-alerts', required, text: { nl: () => ({ title: '', lines: [] }), en: () => ({ title: '', lines: [] }) } });
const preference = (overrides: Partial<CategoryPreference> = {}): CategoryPreference => ({ channel: 'email', frequency: 'instant', matchScoreThreshold: 70, ...overrides });

describe('deliveryPlan', () => {
  it.each([
    ['e-mail, instant', preference(), null, ['in-app', 'email']],
    ['e-mail, daily', preference({ frequency: 'daily' }), null, ['in-app', 'digest']],
    ['e-mail, weekly', preference({ frequency: 'weekly' }), null, ['in-app', 'digest']],
    ['in-app only', preference({ channel: 'in-app' }), null, ['in-app']],
    ['in-app only, daily', preference({ channel: 'in-app', frequency: 'daily' }), null, ['in-app']],
    ['off', preference({ frequency: 'off' }), null, []],
    ['a score under the threshold', preference(), 69, []],
    ['a score at the threshold', preference(), 70, ['in-app', 'email']],
    ['a score without a threshold', preference({ matchScoreThreshold: null }), 10, ['in-app', 'email']],
  ])('%s', (_case, chosen, score, expected) => {
    expect(deliveryPlan(template(), chosen, score)).toEqual(expected);
  });

  it('sends a required message in-app and by e-mail whatever was chosen', () => {
    expect(deliveryPlan(template(true), preference({ frequency: 'off' }), 0)).toEqual(['in-app', 'email']);
    expect(deliveryPlan(template(true), preference({ channel: 'in-app', frequency: 'weekly' }), null)).toEqual(['in-app', 'email']);
  });
});

describe('deliveryPlan of an e-mail-only message', () => {
  it('sends it by e-mail alone, never in the app, whatever was chosen', () => {
    const emailOnly: NotificationTemplate = { ...template(true), emailOnly: true };
    expect(deliveryPlan(emailOnly, preference({ channel: 'in-app', frequency: 'off' }), null)).toEqual(['email']);
  });
});
