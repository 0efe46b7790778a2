import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseloadModule } from '../caseload/caseload.module';
import { Employer } from '../employers/employer.entity';
import { CheckInsService } from './check-ins.service';
import { PlacementCheckIn } from './placement-check-in.entity';
import { Placement } from './placement.entity';
import { PlacementsController } from './placements.controller';
import { PlacementsService } from './placements.service';
import { PlacementPersonalData } from './placement-personal-data';

@Module({
  imports: [TypeOrmModule.forFeature([Placement, PlacementCheckIn, Employer]), CaseloadModule],
  controllers: [PlacementsController],
  providers: [PlacementsService, CheckInsService, PlacementPersonalData],
  exports: [PlacementsService, PlacementPersonalData],
})
export class PlacementsModule {}
