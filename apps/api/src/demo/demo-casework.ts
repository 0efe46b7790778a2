import { randomUUID } from 'node:crypto';
import { getMunicipality } from '@meedoen/shared';
import { Appointment, AppointmentMode, AppointmentStatus } from '../appointments/appointment.entity';
import { CaseAction } from '../caseload/case-action.entity';
import { CaseFile, CaseStatus, Segment } from '../caseload/case-file.entity';
import { addDays, amsterdamDate, daysBetween } from '../common/dates';
import { Employer } from '../employers/employer.entity';
import { IntakeCipher } from '../intakes/intake-cipher';
import { ActionStep, IntakeContent, REFERRAL_STATUSES, SupportArea, SupportNeed } from '../intakes/intake-content';
import { Intake } from '../intakes/intake.entity';
import { checkInSchedule } from '../placements/check-in-schedule';
import { CHECK_IN_OUTCOMES, PlacementCheckIn } from '../placements/placement-check-in.entity';
import { END_REASONS, Placement, PlacementKind } from '../placements/placement.entity';
import { User } from '../users/user.entity';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { DemoContext, DemoStep } from './demo-seeder';
import { SeededRandom } from './seeded-random';

/** Residents of the demo region, the case data the steps below build on, and the caseworker per municipality. */
interface Casework {
  today: string;
  residents: User[];
  caseworkers: Map<string, User>;
  caseFiles: Map<string, CaseFile>;
  intakes: Map<string, Intake>;
}
const casework = new WeakMap<DemoContext, Casework>();

const REFERRALS: Record<SupportArea, string> = {
  debts: 'schuldhulpverlening',
  health: 'huisarts en bedrijfsarts',
  childcare: 'kinderopvangtoeslag en gastouderbureau',
  housing: 'woningcorporatie',
  language: 'taalhuis',
  transport: 'fietsproject en OV-begeleiding',
  'digital-skills': 'digicafé bibliotheek',
};
const NEEDS_BY_SEGMENT: Record<Segment, readonly SupportArea[]> = {
  1: ['transport', 'digital-skills', 'childcare'],
  2: ['debts', 'childcare', 'language', 'transport', 'digital-skills'],
  3: ['debts', 'health', 'housing', 'language', 'childcare'],
};
const STEPS = ['Cv bijwerken met de werkcoach', 'Aanmelden bij de referral', 'Kennismaken bij een werkgever', 'Sollicitatietraining volgen', 'Taalles twee keer per week', 'Rijbewijs halen (theorie)'];
const NOTES = [
  'Gemotiveerd, wil het liefst buiten werken.',
  'Heeft ervaring in de zorg, zoekt werk in de buurt.',
  'Eerst rust in de thuissituatie, daarna stap naar werk.',
  'Wil graag leren; denkt aan een opleiding in de logistiek.',
  'Ervaring als schoonmaker; zoekt vaste uren overdag.',
];
/** Which kinds of placement suit which distance to the labour market. */
const KINDS_BY_SEGMENT: Record<Segment, readonly PlacementKind[]> = {
  1: ['regular', 'regular', 'regular', 'trial-placement', 'training'],
  2: ['regular', 'work-experience', 'trial-placement', 'training', 'community-job'],
  3: ['day-activity', 'volunteer', 'community-job', 'work-experience'],
};

function weightedSegment(random: SeededRandom): Segment {
  const draw = random.next();
  return draw < 0.35 ? 1 : draw < 0.75 ? 2 : 3;
}

/** A moment on an Amsterdam day, at a whole or half hour during office hours. */
function officeHour(random: SeededRandom, day: string): Date {
  const hour = random.int(9, 16);
  return new Date(`${day}T${String(hour).padStart(2, '0')}:${random.pick(['00', '30'])}:00+01:00`);
}

/** Case files for every resident, each assigned (mostly) to the municipality's caseworker. */
const seedCaseFiles: DemoStep = async (context) => {
  const { manager, random } = context;
  const users = manager.getRepository(User);
  const demoSeeker = await users.findOneByOrFail({ email: DEMO_ACCOUNTS.seeker });
  const caseworkers = new Map<string, User>();
  for (const caseworker of await users.find({ where: { role: 'caseworker' }, order: { email: 'ASC' } })) {
    if (caseworker.municipalityCode && (!caseworkers.has(caseworker.municipalityCode) || caseworker.email === DEMO_ACCOUNTS.caseworker)) {
      caseworkers.set(caseworker.municipalityCode, caseworker);
    }
  }
  const residents = [demoSeeker, ...context.residents];
  const rows = residents.map((resident) =>
    manager.getRepository(CaseFile).create({
      seekerId: resident.id,
      municipalityCode: resident.municipalityCode!,
      caseworkerId: resident === demoSeeker || random.chance(0.9) ? caseworkers.get(resident.municipalityCode!)!.id : null,
      status: 'new',
    }),
  );
  await manager.getRepository(CaseFile).insert(rows);
  casework.set(context, { today: amsterdamDate(), residents, caseworkers, caseFiles: new Map(rows.map((row) => [row.seekerId, row])), intakes: new Map() });
};

/** Intakes for four in five residents (all of them encrypted like real ones), segments spread 35/40/25. */
const seedIntakes: DemoStep = async (context) => {
  const { manager, random } = context;
  const work = casework.get(context)!;
  const cipher = new IntakeCipher(context.config);
  const demoSeekerId = work.residents[0].id;
  for (const resident of work.residents) {
    if (resident.id !== demoSeekerId && random.chance(0.2)) continue;
    const segment: Segment = resident.id === demoSeekerId ? 2 : weightedSegment(random);
    const final = resident.id === demoSeekerId || random.chance(0.92);
    const completedOn = addDays(work.today, -random.int(30, 600));
    const supportNeeds: SupportNeed[] = random.sample(NEEDS_BY_SEGMENT[segment], random.int(segment === 1 ? 0 : 1, segment + 1)).map((area) => ({
      area,
      description: '',
      referral: REFERRALS[area],
      referralStatus: random.pick(REFERRAL_STATUSES.filter((status) => status !== 'none')),
    }));
    const actionPlan: ActionStep[] = random.sample(STEPS, random.int(1, 4)).map((description, index) => ({
      description: description.replace('de referral', supportNeeds[0]?.referral ?? 'het werkgeversservicepunt'),
      dueDate: addDays(completedOn, 14 * (index + 1)),
      done: addDays(completedOn, 14 * (index + 1)) < work.today && random.chance(0.7),
    }));
    const content: IntakeContent = { supportNeeds, actionPlan, notes: random.pick(NOTES) };
    const completedAt = officeHour(random, completedOn);
    const intake = manager.getRepository(Intake).create({
      seekerId: resident.id,
      municipalityCode: resident.municipalityCode!,
      segment,
      status: final ? 'final' : 'draft',
      sealedContent: cipher.seal(content, `intake:${resident.id}`),
      createdAt: completedAt,
      completedAt: final ? completedAt : null,
      updatedByUserId: work.caseworkers.get(resident.municipalityCode!)!.id,
    });
    work.intakes.set(resident.id, intake);
    const caseFile = work.caseFiles.get(resident.id)!;
    Object.assign(caseFile, { segment, status: (final ? 'active' : 'intake') as CaseStatus, openPlanSteps: actionPlan.filter((step) => !step.done).length, lastContactAt: completedAt });
  }
  await manager.getRepository(Intake).insert([...work.intakes.values()]);
};

/** Placements of every kind over the last 18 months, with aftercare check-ins; some ended, some still to start. */
const seedPlacements: DemoStep = async (context) => {
  const { manager, random } = context;
  const work = casework.get(context)!;
  const verified = context.employers.filter((employer) => employer.verificationStatus === 'verified');
  const earliest = addDays(work.today, -548);
  for (const resident of work.residents) {
    const intake = work.intakes.get(resident.id);
    if (!intake?.completedAt || !random.chance(resident.id === work.residents[0].id ? 0 : 0.6)) continue;
    const segment = intake.segment!;
    const kind = random.pick(KINDS_BY_SEGMENT[segment]);
    const startDate = addDays(amsterdamDate(intake.completedAt), random.int(14, 180));
    if (startDate < earliest || startDate > addDays(work.today, 21)) continue;
    const hoursPerWeek = kind === 'regular' ? random.pick([8, 16, 20, 24, 24, 32, 36]) : random.pick([8, 12, 16, 20]);
    const ends = startDate < addDays(work.today, -30) && random.chance(0.3);
    const endedOn = ends ? addDays(startDate, random.int(30, Math.min(300, daysBetween(startDate, work.today)))) : null;
    const placement = await manager.getRepository(Placement).save(
      manager.getRepository(Placement).create({
        seekerId: resident.id,
        municipalityCode: resident.municipalityCode!,
        employerId: employerFor(random, verified, resident.municipalityCode!).id,
        kind,
        startDate,
        plannedEndDate: kind === 'regular' ? null : addDays(startDate, random.pick([91, 182, 365])),
        hoursPerWeek,
        wageCostSubsidy: kind === 'regular' && segment > 1 && random.chance(0.6),
        jobCoach: segment > 1 && random.chance(0.4),
        countsAsOutflow: kind === 'regular' && hoursPerWeek >= context.config.outflowMinHoursPerWeek,
        endedOn,
        endReason: endedOn ? random.pick(END_REASONS) : null,
        createdByUserId: intake.updatedByUserId,
        createdAt: new Date(`${startDate}T08:00:00+01:00`),
      }),
    );
    const checkIns = checkInSchedule(startDate, placement.plannedEndDate)
      .filter(({ dueDate }) => !endedOn || dueDate <= endedOn)
      .map(({ milestone, dueDate }) => {
        const done = dueDate <= work.today && random.chance(0.85);
        return {
          placementId: placement.id,
          milestone,
          dueDate,
          completedAt: done ? officeHour(random, dueDate) : null,
          outcome: done ? random.pick([...CHECK_IN_OUTCOMES, 'going-well', 'going-well'] as const) : null,
          recordedByUserId: done ? intake.updatedByUserId : null,
        };
      });
    await manager.getRepository(PlacementCheckIn).insert(checkIns);
    if (!endedOn) work.caseFiles.get(resident.id)!.status = 'placed';
  }
};

function employerFor(random: SeededRandom, employers: Employer[], municipalityCode: string): Employer {
  const region = getMunicipality(municipalityCode)?.region;
  const local = employers.filter((employer) => employer.municipalityCode === municipalityCode);
  const regional = employers.filter((employer) => getMunicipality(employer.municipalityCode)?.region === region);
  return random.pick(local.length > 0 ? local : regional.length > 0 ? regional : employers);
}

const MODES: readonly AppointmentMode[] = ['in-person', 'in-person', 'video', 'phone'];

/** Appointments over the last six months and the coming weeks: mostly attended, some missed (with a follow-up) or cancelled. */
const seedAppointments: DemoStep = async (context) => {
  const { manager, random } = context;
  const work = casework.get(context)!;
  const appointments: Partial<Appointment>[] = [];
  const followUps: Partial<CaseAction>[] = [];
  for (const resident of work.residents) {
    const caseFile = work.caseFiles.get(resident.id)!;
    if (caseFile.status === 'new') continue;
    const isDemoSeeker = resident.id === work.residents[0].id;
    const days = [...Array(random.int(1, 4))].map(() => addDays(work.today, -random.int(1, 180)));
    if (isDemoSeeker || random.chance(0.35)) days.push(addDays(work.today, isDemoSeeker ? 3 : random.int(1, 28)));
    for (const day of days.sort()) {
      const startsAt = officeHour(random, day);
      const past = day < work.today;
      const status: AppointmentStatus = past ? (random.chance(0.75) ? 'attended' : random.chance(0.6) ? 'no-show' : 'cancelled') : isDemoSeeker || random.chance(0.5) ? 'planned' : 'confirmed';
      const mode = random.pick(MODES);
      const id = randomUUID();
      appointments.push({
        id,
        seekerId: resident.id,
        caseworkerId: work.caseworkers.get(resident.municipalityCode!)!.id,
        municipalityCode: resident.municipalityCode!,
        startsAt,
        endsAt: new Date(startsAt.getTime() + random.pick([30, 45, 60]) * 60_000),
        mode,
        location: mode === 'in-person' ? `Gemeentehuis ${getMunicipality(resident.municipalityCode!)?.displayName ?? ''}, spreekkamer ${random.int(1, 6)}` : null,
        videoUrl: mode === 'video' ? `https://video.meedoen.test/${id.slice(0, 8)}` : null,
        purpose: random.pick(['Voortgangsgesprek', 'Bespreken plan van aanpak', 'Voorbereiden kennismaking werkgever', 'Evaluatie plaatsing']),
        status,
        confirmedAt: status === 'confirmed' || (past && status !== 'cancelled') ? new Date(startsAt.getTime() - 2 * 86_400_000) : null,
        outcomeRecordedAt: past ? startsAt : null,
        cancellationReason: status === 'cancelled' ? random.pick(['Inwoner ziek', 'Casusregisseur verhinderd', 'Inwoner kon geen opvang regelen']) : null,
      });
      if (status === 'attended' && (!caseFile.lastContactAt || startsAt > caseFile.lastContactAt)) caseFile.lastContactAt = startsAt;
      if (status === 'no-show') {
        const dueDate = addDays(day, 2);
        followUps.push({
          seekerId: resident.id,
          kind: 'no-show-follow-up',
          description: `Niet verschenen op de afspraak van ${day}: contact opnemen.`,
          dueDate,
          sourceId: id,
          doneAt: dueDate < addDays(work.today, -14) ? new Date(`${dueDate}T12:00:00+01:00`) : null,
        });
      }
    }
  }
  await manager.getRepository(Appointment).insert(appointments);
  await manager.getRepository(CaseAction).insert(followUps);
};

/** Writes the case state the earlier steps worked out. */
const saveCaseFiles: DemoStep = async (context) => {
  const work = casework.get(context)!;
  await context.manager.getRepository(CaseFile).save([...work.caseFiles.values()], { chunk: 100 });
};

export const CASEWORK_DEMO_STEPS: DemoStep[] = [seedCaseFiles, seedIntakes, seedPlacements, seedAppointments, saveCaseFiles];
