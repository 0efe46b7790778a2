import { Module } from '@nestjs/common';
import { MatchesController } from './matches.controller';
import { MatchesService } from './matches.service';
import { MatchingIndexes } from './matching-indexes';

@Module({
  controllers: [MatchesController],
  providers: [MatchesService, MatchingIndexes],
  exports: [MatchingIndexes],
})
export class MatchesModule {}
