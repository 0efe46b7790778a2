import { Module } from '@nestjs/common';
import { SeekerAccess } from './seeker-access';
import { SeekerProfilePersonalData } from './seeker-profile-personal-data';
import { SeekersController } from './seekers.controller';
import { SeekersService } from './seekers.service';

@Module({
  controllers: [SeekersController],
  providers: [SeekersService, SeekerAccess, SeekerProfilePersonalData],
  exports: [SeekersService, SeekerAccess, SeekerProfilePersonalData],
})
export class SeekersModule {}
