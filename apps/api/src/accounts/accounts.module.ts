import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { UsersModule } from '../users/users.module';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { PasswordResetsController } from './password-resets.controller';
import { PasswordResetsService } from './password-resets.service';
import { StaffAccountsController } from './staff-accounts.controller';
import { TeamController } from './team.controller';
import { TeamService } from './team.service';

@Module({
  imports: [UsersModule, EmployersModule, MunicipalitiesModule],
  controllers: [AccountsController, StaffAccountsController, PasswordResetsController, TeamController],
  providers: [AccountsService, PasswordResetsService, TeamService],
})
export class AccountsModule {}
