import type { SeekerMessageKey } from '../../messages';

/** The wizard's small steps, in order; each saves its own part of the profile. */
export const PROFILE_STEPS = [
  'vaardigheden',
  'soort-werk',
  'uren-en-dagen',
  'reizen',
  'rijbewijs',
  'taal',
  'ervaring',
  'wat-je-nodig-hebt',
  'wie-ziet-je-profiel',
] as const;
export type ProfileStep = (typeof PROFILE_STEPS)[number];

export const STEP_TITLE: Record<ProfileStep, SeekerMessageKey> = {
  vaardigheden: 'profile.step.skills',
  'soort-werk': 'profile.step.kinds',
  'uren-en-dagen': 'profile.step.hours',
  reizen: 'profile.step.travel',
  rijbewijs: 'profile.step.licence',
  taal: 'profile.step.language',
  ervaring: 'profile.step.experience',
  'wat-je-nodig-hebt': 'profile.step.needs',
  'wie-ziet-je-profiel': 'profile.step.visibility',
};

export const isProfileStep = (value: string | undefined): value is ProfileStep => PROFILE_STEPS.includes(value as ProfileStep);
