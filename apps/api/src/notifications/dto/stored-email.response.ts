import { ApiProperty } from '@nestjs/swagger';
import { StoredEmail } from '../stored-email.entity';

export class StoredEmailResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) recipient!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() text!: string;
  @ApiProperty() html!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) headers!: Record<string, string>;
  @ApiProperty() messageId!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(email: StoredEmail): StoredEmailResponse {
    return { ...email, createdAt: email.createdAt.toISOString() };
  }
}

export class StoredEmailListResponse {
  @ApiProperty({ type: [StoredEmailResponse] }) items!: StoredEmailResponse[];
  @ApiProperty() total!: number;
}
