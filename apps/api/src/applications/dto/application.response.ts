import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Language, User } from '../../users/user.entity';
import type { Vacancy } from '../../vacancies/vacancy.entity';
import { VacancyEmployerResponse } from '../../vacancies/dto/vacancy.response';
import type { ApplicationEvent } from '../application-event.entity';
import { APPLICATION_ORIGINS, APPLICATION_STATUSES, type Application } from '../application.entity';
import { REJECTION_REASON_CODES, REJECTION_REASONS, type RejectionReason } from '../rejection-reasons';

export class ApplicationVacancyResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: VacancyEmployerResponse }) employer!: VacancyEmployerResponse;
}

export class ApplicantResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ format: 'email' }) email!: string;
}

export class RejectionResponse {
  @ApiProperty({ enum: REJECTION_REASON_CODES }) reason!: string;
  @ApiProperty({ description: 'Plain language, in the reader’s language' }) text!: string;
}

export class InterviewResponse {
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty() location!: string;
}

export class ApplicationStepResponse {
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, enum: APPLICATION_STATUSES, nullable: true }) fromStatus!: string | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) toStatus!: string;
  @ApiProperty({ type: String, nullable: true }) actorRole!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: "Employers' notes are not shown to the seeker" }) note?: string | null;
}

export class ApplicationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: ApplicationVacancyResponse }) vacancy!: ApplicationVacancyResponse;
  @ApiProperty({ type: ApplicantResponse, description: 'Identity is shared with the employer once the seeker applied' }) seeker!: ApplicantResponse;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: string;
  @ApiProperty({ enum: APPLICATION_ORIGINS }) origin!: string;
  @ApiProperty({ type: String, nullable: true }) motivation!: string | null;
  @ApiProperty({ type: RejectionResponse, nullable: true }) rejection!: RejectionResponse | null;
  @ApiProperty({ type: InterviewResponse, nullable: true, description: 'The planned job interview' }) interview!: InterviewResponse | null;
  @ApiProperty({ type: [ApplicationStepResponse] }) steps!: ApplicationStepResponse[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static of(
    application: Application & { vacancy: Vacancy; seekerUser: User },
    events: ApplicationEvent[],
    reader: { role: string; id: string; language: Language },
  ): ApplicationResponse {
    const reason = application.rejectionReason as RejectionReason | null;
    const hideNote = (event: ApplicationEvent) => reader.role === 'seeker' && event.actorUserId !== reader.id;
    return {
      id: application.id,
      vacancy: {
        id: application.vacancy.id,
        title: application.vacancy.title,
        employer: { id: application.vacancy.employer.id, name: application.vacancy.employer.name },
      },
      seeker: { id: application.seekerUser.id, displayName: application.seekerUser.displayName, email: application.seekerUser.email },
      status: application.status,
      origin: application.origin,
      motivation: application.motivation,
      rejection: reason && REJECTION_REASONS[reason] ? { reason, text: REJECTION_REASONS[reason][reader.language] } : null,
      interview:
        application.interviewAt && application.interviewLocation
          ? { startsAt: application.interviewAt.toISOString(), location: application.interviewLocation }
          : null,
      steps: events.map((event) => ({
        occurredAt: event.occurredAt.toISOString(),
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        actorRole: event.actorRole,
        ...(hideNote(event) ? {} : { note: event.note }),
      })),
      createdAt: application.createdAt.toISOString(),
      updatedAt: application.updatedAt.toISOString(),
    };
  }
}

export class ApplicationListResponse {
  @ApiProperty({ type: [ApplicationResponse] }) items!: ApplicationResponse[];
  @ApiProperty() total!: number;
}
