import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

const UUID_OR_ME = /^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** A resident's id, or `me` for the signed-in resident. */
export class SeekerRefParam {
  @ApiProperty({ description: "The resident's id, or `me`", example: 'me' })
  @Matches(UUID_OR_ME, { message: 'must be a uuid or me' })
  seekerId!: string;
}
