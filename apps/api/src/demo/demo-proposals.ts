import { ApplicationEvent } from '../applications/application-event.entity';
import { Application } from '../applications/application.entity';
import { Invitation } from '../invitations/invitation.entity';
import { Proposal, PROPOSAL_STATUSES, ProposalStatus } from '../proposals/proposal.entity';
import { User } from '../users/user.entity';
import { isOpen } from '../vacancies/vacancy-lifecycle';
import { DEMO_ACCOUNTS, DEMO_HOME_MUNICIPALITY } from './demo-accounts';
import type { DemoStep } from './demo-seeder';

const NOTES = [
  'Betrouwbaar en altijd op tijd. Heeft ervaring in dit werk.',
  'Wil graag weer aan de slag en woont dichtbij.',
  'Leert snel en werkt graag in een team.',
];

/**
 * Proposals by the demo caseworker in every state, for the demo employer's open vacancies; the demo seeker has one
 * waiting for consent. An accepted one has its application (origin 'proposal').
 */
export const seedProposals: DemoStep = async ({ manager, random, employers, residents, vacancies, demoSeeker }) => {
  const users = manager.getRepository(User);
  const caseworker = await users.findOneByOrFail({ email: DEMO_ACCOUNTS.caseworker });
  const demoEmployer = employers[0];
  const employerUser = await users.findOneBy({ role: 'employer', employerId: demoEmployer.id });
  const open = vacancies.filter((vacancy) => vacancy.employerId === demoEmployer.id && isOpen(vacancy));
  const busy = new Set(
    [...(await manager.getRepository(Application).find({ select: { vacancyId: true, seekerUserId: true } })), ...(await manager.getRepository(Invitation).find({ select: { vacancyId: true, seekerUserId: true } }))].map(
      (row) => `${row.vacancyId}:${row.seekerUserId}`,
    ),
  );
  const local = residents.filter((resident) => resident.municipalityCode === DEMO_HOME_MUNICIPALITY && resident.id !== demoSeeker?.id);
  const plans: { status: ProposalStatus; seeker: User }[] = [
    ...(demoSeeker ? [{ status: 'awaiting-consent' as const, seeker: demoSeeker }] : []),
    ...PROPOSAL_STATUSES.flatMap((status) => [0, 1].map(() => ({ status, seeker: random.pick(local) }))),
  ];
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  for (const [index, { status, seeker }] of plans.entries()) {
    const vacancy = open[index % open.length];
    const key = `${vacancy.id}:${seeker.id}`;
    if (busy.has(key)) continue;
    busy.add(key);
    const consented = status !== 'awaiting-consent' && status !== 'declined-by-seeker';
    const decided = status === 'accepted' || status === 'declined-by-employer';
    let applicationId: string | null = null;
    if (status === 'accepted') {
      const application = await manager.getRepository(Application).save({ vacancyId: vacancy.id, seekerUserId: seeker.id, status: 'applied', origin: 'proposal', motivation: null });
      applicationId = application.id;
      await manager.getRepository(ApplicationEvent).insert({ applicationId, fromStatus: null, toStatus: 'applied', actorUserId: employerUser?.id ?? null, actorRole: 'employer', note: null, rejectionReason: null });
    }
    await manager.getRepository(Proposal).insert({
      vacancyId: vacancy.id,
      seekerUserId: seeker.id,
      proposedByUserId: caseworker.id,
      note: random.pick(NOTES),
      status,
      seekerRespondedAt: status === 'awaiting-consent' ? null : daysAgo(3),
      employerRespondedAt: decided && consented ? daysAgo(1) : null,
      applicationId,
      createdAt: daysAgo(7),
    });
  }
};
