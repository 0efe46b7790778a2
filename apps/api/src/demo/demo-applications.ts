import { ApplicationEvent } from '../applications/application-event.entity';
import { Application, ApplicationStatus } from '../applications/application.entity';
import { REJECTION_REASON_CODES } from '../applications/rejection-reasons';
import { Invitation } from '../invitations/invitation.entity';
import { SeekerProfile } from '../seekers/seeker-profile.entity';
import { User } from '../users/user.entity';
import { isOpen } from '../vacancies/vacancy-lifecycle';
import type { Vacancy } from '../vacancies/vacancy.entity';
import type { DemoContext, DemoStep } from './demo-seeder';

/** The steps an application went through to reach its status. */
const PATHS: Record<ApplicationStatus, ApplicationStatus[]> = {
  applied: ['applied'],
  'in-review': ['applied', 'in-review'],
  interview: ['applied', 'in-review', 'interview'],
  offered: ['applied', 'in-review', 'interview', 'offered'],
  hired: ['applied', 'in-review', 'interview', 'offered', 'hired'],
  rejected: ['applied', 'in-review', 'rejected'],
  withdrawn: ['applied', 'withdrawn'],
};
const STATUSES = Object.keys(PATHS) as ApplicationStatus[];
const MOTIVATIONS = [
  'Ik werk graag met mijn handen en ben altijd op tijd.',
  'Dit werk heb ik eerder gedaan en ik wil het graag weer doen.',
  'Ik wil graag weer aan het werk, het liefst dichtbij huis.',
  null,
];

interface Planned {
  vacancy: Vacancy;
  seeker: User;
  status: ApplicationStatus;
  origin: 'direct' | 'invitation';
}

/** Applications in every state and invitations pending, accepted and declined, with the demo accounts in the middle. */
export const seedApplicationsAndInvitations: DemoStep = async (context: DemoContext) => {
  const { manager, random } = context;
  const open = context.vacancies.filter((vacancy) => isOpen(vacancy));
  const demoEmployer = context.employers[0];
  const ownOpen = open.filter((vacancy) => vacancy.employerId === demoEmployer.id);
  const othersOpen = open.filter((vacancy) => vacancy.employerId !== demoEmployer.id);
  const visibleIds = new Set(
    (await manager.getRepository(SeekerProfile).find({ where: { visibility: 'employers-anonymous' }, select: { userId: true } })).map((row) => row.userId),
  );
  const visible = context.residents.filter((resident) => visibleIds.has(resident.id));
  const employerUsers = new Map((await manager.getRepository(User).find({ where: { role: 'employer' } })).map((user) => [user.employerId, user]));

  const planned: Planned[] = [];
  const taken = new Set<string>();
  const plan = (vacancy: Vacancy, seeker: User, status: ApplicationStatus, origin: Planned['origin'] = 'direct') => {
    const key = `${vacancy.id}:${seeker.id}`;
    if (taken.has(key)) return;
    taken.add(key);
    planned.push({ vacancy, seeker, status, origin });
  };
  // The demo employer sees one application in every state.
  STATUSES.forEach((status, index) => plan(ownOpen[index % ownOpen.length], visible[index], status));
  // The demo seeker: one under review, one rejected with a reason.
  plan(othersOpen[0], context.demoSeeker!, 'in-review');
  plan(othersOpen[1], context.demoSeeker!, 'rejected');
  for (let i = 0; i < 36; i++) plan(random.pick(open), random.pick(context.residents), random.pick(STATUSES));

  // Invitations: pending, accepted (an application) and declined, for the demo employer and the demo seeker.
  const invitations: Partial<Invitation>[] = [];
  const invite = (vacancy: Vacancy, seeker: User, status: Invitation['status']) => {
    if (taken.has(`${vacancy.id}:${seeker.id}`)) return;
    if (status === 'accepted') plan(vacancy, seeker, 'applied', 'invitation');
    else taken.add(`${vacancy.id}:${seeker.id}`);
    invitations.push({
      vacancyId: vacancy.id,
      seekerUserId: seeker.id,
      invitedByUserId: employerUsers.get(vacancy.employerId)?.id ?? null,
      message: 'Uw profiel past goed bij deze plek. Wilt u reageren?',
      status,
      respondedAt: status === 'pending' ? null : new Date(),
    });
  };
  invite(ownOpen[0], visible[10], 'pending');
  invite(ownOpen[ownOpen.length - 1], visible[11], 'accepted');
  invite(ownOpen[0], visible[12], 'declined');
  invite(ownOpen[ownOpen.length - 1], context.demoSeeker!, 'pending');
  for (let i = 0; i < 12; i++) invite(random.pick(open), random.pick(visible), random.pick(['pending', 'accepted', 'declined'] as const));

  const saved = await manager.getRepository(Application).save(
    planned.map(({ vacancy, seeker, status, origin }) =>
      manager.getRepository(Application).create({
        vacancyId: vacancy.id,
        seekerUserId: seeker.id,
        status,
        origin,
        motivation: random.pick(MOTIVATIONS),
        rejectionReason: status === 'rejected' ? random.pick(REJECTION_REASON_CODES) : null,
      }),
    ),
  );
  const events = saved.flatMap((application, index) => {
    const path = PATHS[application.status];
    const employerUser = employerUsers.get(planned[index].vacancy.employerId);
    return path.map((toStatus, step) => {
      const bySeeker = toStatus === 'applied' || toStatus === 'withdrawn';
      return {
        applicationId: application.id,
        fromStatus: step === 0 ? null : path[step - 1],
        toStatus,
        actorUserId: bySeeker ? application.seekerUserId : employerUser?.id ?? null,
        actorRole: bySeeker ? 'seeker' : 'employer',
        note: toStatus === 'interview' ? 'Kennismakingsgesprek ingepland' : null,
        rejectionReason: toStatus === 'rejected' ? application.rejectionReason : null,
      };
    });
  });
  await manager.getRepository(ApplicationEvent).insert(events);
  const applicationOf = new Map(saved.map((application) => [`${application.vacancyId}:${application.seekerUserId}`, application.id]));
  await manager.getRepository(Invitation).insert(
    invitations.map((invitation) => ({ ...invitation, applicationId: invitation.status === 'accepted' ? applicationOf.get(`${invitation.vacancyId}:${invitation.seekerUserId}`) ?? null : null })),
  );
};
