import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../users/password.service';

/** "I forgot my password": the e-mail address of the account. */
export class RequestPasswordResetRequest {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

/** The token from the e-mail and the new password. */
export class CompletePasswordResetRequest {
  @ApiProperty({ description: 'The token from the link in the e-mail', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  token!: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}
