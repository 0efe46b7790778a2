import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../users/user.entity';
import { CaseAction } from './case-action.entity';
import { CaseFile } from './case-file.entity';
import { CaseActionsService } from './case-actions.service';
import { CaseFilesService } from './case-files.service';
import { CaseloadController } from './caseload.controller';
import { CaseloadService } from './caseload.service';
import { ResidentsService } from './residents.service';
import { CasePersonalData } from './case-personal-data';

@Module({
  imports: [TypeOrmModule.forFeature([CaseFile, CaseAction, User])],
  controllers: [CaseloadController],
  providers: [ResidentsService, CaseFilesService, CaseloadService, CaseActionsService, CasePersonalData],
  exports: [ResidentsService, CaseFilesService, CaseActionsService, CasePersonalData],
})
export class CaseloadModule {}
