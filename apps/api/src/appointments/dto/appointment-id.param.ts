import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class AppointmentIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  appointmentId!: string;
}
