import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class AssignCaseworkerRequest {
  @ApiProperty({ format: 'uuid', description: "A caseworker of the resident's municipality" })
  @IsUUID('all')
  caseworkerId!: string;
}
