import { Module } from '@nestjs/common';
import { SeekerAccess } from './seeker-access';
import { SeekersController } from './seekers.controller';
import { SeekersService } from './seekers.service';

@Module({
  controllers: [SeekersController],
  providers: [SeekersService, SeekerAccess],
  exports: [SeekersService, SeekerAccess],
})
export class SeekersModule {}
