import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, ROLES, type Language, type Role, User } from '../user.entity';

export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({ type: String, nullable: true, example: 'GM1509' }) municipalityCode!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) employerId!: string | null;

  static of(user: Pick<User, 'id' | 'email' | 'role' | 'displayName' | 'language' | 'municipalityCode' | 'employerId'>): UserResponse {
    const { id, email, role, displayName, language, municipalityCode, employerId } = user;
    return { id, email, role, displayName, language, municipalityCode, employerId };
  }
}
