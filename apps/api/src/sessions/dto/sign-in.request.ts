import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';

export class SignInRequest {
  @ApiProperty({ format: 'email', example: 'demo.werkzoekende@meedoen.test' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ format: 'password', example: 'meedoen-demo' })
  @IsString()
  @MaxLength(128)
  password!: string;
}
