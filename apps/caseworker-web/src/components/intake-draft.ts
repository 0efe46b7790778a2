import type { IntakeRequest, IntakeResponse, SupportNeedResponse } from '@meedoen/web';

export const SUPPORT_AREAS = ['debts', 'health', 'childcare', 'housing', 'language', 'transport', 'digital-skills'] as const satisfies readonly SupportNeedResponse['area'][];
export const REFERRAL_STATUSES = ['none', 'to-refer', 'referred', 'in-progress', 'resolved', 'declined'] as const satisfies readonly SupportNeedResponse['referralStatus'][];

export type SupportArea = (typeof SUPPORT_AREAS)[number];

export interface NeedDraft {
  selected: boolean;
  description: string;
  referral: string;
  referralStatus: SupportNeedResponse['referralStatus'];
}

export interface StepDraft {
  /** Only for React keys: steps have no id in the API. */
  key: number;
  description: string;
  dueDate: string;
  done: boolean;
}

/** The intake as the form holds it while the caseworker talks and types. */
export interface IntakeDraft {
  status: IntakeResponse['status'];
  segment: string;
  needs: Record<SupportArea, NeedDraft>;
  steps: StepDraft[];
  notes: string;
}

const MIN_STEP = 2;
const MIN_REFERRAL = 2;

let nextKey = 0;
export const newStep = (dueDate: string): StepDraft => ({ key: nextKey++, description: '', dueDate, done: false });

export function draftOf(intake: IntakeResponse | null): IntakeDraft {
  const needs = Object.fromEntries(
    SUPPORT_AREAS.map((area) => {
      const need = intake?.supportNeeds.find((candidate) => candidate.area === area);
      return [area, { selected: Boolean(need), description: need?.description ?? '', referral: need?.referral ?? '', referralStatus: need?.referralStatus ?? 'none' }];
    }),
  ) as Record<SupportArea, NeedDraft>;
  return {
    status: intake?.status ?? 'draft',
    segment: intake?.segment ? String(intake.segment) : '',
    needs,
    steps: (intake?.actionPlan ?? []).map((step) => ({ key: nextKey++, ...step })),
    notes: intake?.notes ?? '',
  };
}

export const isCompleteStep = (step: StepDraft) => step.description.trim().length >= MIN_STEP && step.dueDate !== '';

/** The request for a save; steps still being typed are left out until they have a description and a date. */
export function requestOf(draft: IntakeDraft, status: IntakeRequest['status']): IntakeRequest {
  return {
    status,
    ...(draft.segment ? { segment: Number(draft.segment) as 1 | 2 | 3 } : {}),
    supportNeeds: SUPPORT_AREAS.filter((area) => draft.needs[area].selected).map((area) => {
      const need = draft.needs[area];
      const referral = need.referral.trim();
      return { area, description: need.description.trim(), referralStatus: need.referralStatus, ...(referral.length >= MIN_REFERRAL ? { referral } : {}) };
    }),
    actionPlan: draft.steps.filter(isCompleteStep).map(({ description, dueDate, done }) => ({ description: description.trim(), dueDate, done })),
    notes: draft.notes,
  };
}
