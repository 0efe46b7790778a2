import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class SeekerIdParam {
  @ApiProperty({ description: "The seeker's user id, or me for yourself", example: 'me' })
  @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, { message: 'must be me or a uuid' })
  seekerId!: string;
}
