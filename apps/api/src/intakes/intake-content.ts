export const SUPPORT_AREAS = ['debts', 'health', 'childcare', 'housing', 'language', 'transport', 'digital-skills'] as const;
export type SupportArea = (typeof SUPPORT_AREAS)[number];

/** none: no referral needed; to-refer: agreed, not yet done; referred; in-progress; resolved; declined by the resident. */
export const REFERRAL_STATUSES = ['none', 'to-refer', 'referred', 'in-progress', 'resolved', 'declined'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export interface SupportNeed {
  area: SupportArea;
  description: string;
  /** Where the resident is referred, e.g. schuldhulpverlening (debt counselling). */
  referral: string | null;
  referralStatus: ReferralStatus;
}

export interface ActionStep {
  description: string;
  dueDate: string;
  done: boolean;
}

/** The sensitive part of an intake: stored only encrypted. */
export interface IntakeContent {
  supportNeeds: SupportNeed[];
  actionPlan: ActionStep[];
  notes: string;
}
