import type { Role } from '../users/user.entity';
import type { ProposalStatus } from './proposal.entity';

/** The resident answers first; only a consented proposal reaches the employer. */
export const PROPOSAL_TRANSITIONS: Readonly<Record<ProposalStatus, { by: Role | null; to: readonly ProposalStatus[] }>> = {
  'awaiting-consent': { by: 'seeker', to: ['awaiting-employer', 'declined-by-seeker'] },
  'awaiting-employer': { by: 'employer', to: ['accepted', 'declined-by-employer'] },
  'declined-by-seeker': { by: null, to: [] },
  accepted: { by: null, to: [] },
  'declined-by-employer': { by: null, to: [] },
};

/** The statuses a role may set; an answer of the other party's turn is refused before the current status is looked at. */
export const mayAnswerWith = (role: Role, to: ProposalStatus) =>
  Object.values(PROPOSAL_TRANSITIONS).some((step) => step.by === role && step.to.includes(to));

/** Before the resident consented, the employer does not know the proposal exists. */
export const VISIBLE_TO_EMPLOYER: readonly ProposalStatus[] = ['awaiting-employer', 'accepted', 'declined-by-employer'];
