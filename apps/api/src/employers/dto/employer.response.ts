import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Employer, VERIFICATION_STATUSES, type VerificationStatus } from '../employer.entity';

export class EmployerContact {
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
}

export class EmployerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() city!: string;
  @ApiProperty({ example: 'GM1509' }) municipalityCode!: string;
  @ApiProperty({ enum: VERIFICATION_STATUSES }) verificationStatus!: VerificationStatus;
  @ApiPropertyOptional({ description: 'Only for the employer itself, caseworkers and administrators' }) kvkNumber?: string;
  @ApiPropertyOptional() postcode?: string;
  @ApiPropertyOptional() houseNumber?: string;
  @ApiPropertyOptional({ type: EmployerContact }) contact?: EmployerContact;
  @ApiPropertyOptional({ type: String, nullable: true }) verificationNote?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) verifiedAt?: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(employer: Employer, withDetails: boolean): EmployerResponse {
    const base = {
      id: employer.id,
      name: employer.name,
      city: employer.city,
      municipalityCode: employer.municipalityCode,
      verificationStatus: employer.verificationStatus,
      createdAt: employer.createdAt.toISOString(),
    };
    if (!withDetails) return base;
    return {
      ...base,
      kvkNumber: employer.kvkNumber,
      postcode: employer.postcode,
      houseNumber: employer.houseNumber,
      contact: { name: employer.contactName, email: employer.contactEmail, phone: employer.contactPhone },
      verificationNote: employer.verificationNote,
      verifiedAt: employer.verifiedAt?.toISOString() ?? null,
    };
  }
}

export class EmployerListResponse {
  @ApiProperty({ type: [EmployerResponse] }) items!: EmployerResponse[];
  @ApiProperty() total!: number;
}
