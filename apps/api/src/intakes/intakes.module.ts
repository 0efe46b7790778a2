import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseloadModule } from '../caseload/caseload.module';
import { IntakeCipher } from './intake-cipher';
import { Intake } from './intake.entity';
import { IntakesController } from './intakes.controller';
import { IntakesService } from './intakes.service';
import { IntakePersonalData } from './intake-personal-data';

@Module({
  imports: [TypeOrmModule.forFeature([Intake]), CaseloadModule],
  controllers: [IntakesController],
  providers: [IntakesService, IntakeCipher, IntakePersonalData],
  exports: [IntakesService, IntakeCipher, IntakePersonalData],
})
export class IntakesModule {}
