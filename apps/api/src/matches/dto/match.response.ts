import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ConstraintFailure, MatchExplanation, ScoreBreakdown, VacancyKind } from '@meedoen/shared';

export class MatchExplanationResponse {
  @ApiProperty({ description: 'The explanation as plain text, in the requested language' })
  text!: string;

  @ApiProperty({ type: [String], description: 'The same text, one sentence per part' })
  sentences!: string[];

  @ApiProperty({ description: 'Structured explanation (codes and parameters), for clients that render their own text', type: 'object', additionalProperties: true })
  details!: MatchExplanation;
}

abstract class MatchResultResponse {
  @ApiProperty({ enum: ['match', 'near-miss'] })
  outcome!: 'match' | 'near-miss';

  @ApiProperty({ minimum: 0, maximum: 100 })
  score!: number;

  @ApiProperty({ description: 'Points per part of the score; they add up to the score', type: 'object', additionalProperties: { type: 'integer' } })
  breakdown!: ScoreBreakdown;

  @ApiProperty({ description: 'For a near miss: the one hard constraint that failed, and by how much', type: 'array', items: { type: 'object', additionalProperties: true } })
  failedConstraints!: ConstraintFailure[];

  @ApiProperty({ type: MatchExplanationResponse })
  explanation!: MatchExplanationResponse;
}

export class CandidateResponse {
  @ApiProperty({ format: 'uuid' })
  seekerId!: string;

  @ApiProperty({ description: 'False until the seeker applied to this employer or accepted its invitation: then no name is given' })
  identityShared!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The name, when the identity is shared' })
  displayName!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'GM1509', description: 'Where the seeker lives (the municipality, never the address)' })
  municipalityCode!: string | null;
}

export class CandidateMatchResponse extends MatchResultResponse {
  @ApiProperty({ type: CandidateResponse })
  candidate!: CandidateResponse;
}

export class MatchedVacancyResponse {
  @ApiProperty({ format: 'uuid' })
  vacancyId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: ['regular', 'work-experience', 'trial-placement', 'community-job', 'volunteer', 'training', 'day-activity'] })
  kind!: VacancyKind;

  @ApiProperty()
  employerName!: string;

  @ApiProperty({ type: String, nullable: true })
  city!: string | null;

  @ApiProperty()
  hoursMin!: number;

  @ApiProperty()
  hoursMax!: number;
}

export class VacancyMatchResponse extends MatchResultResponse {
  @ApiProperty({ type: MatchedVacancyResponse })
  vacancy!: MatchedVacancyResponse;
}

abstract class RankingResponse {
  @ApiProperty({ description: 'Version of the matching rules and weights (see the algorithm register)' })
  algorithmVersion!: string;

  @ApiProperty({ description: 'Matches (at or above minScore) over all pages' })
  total!: number;

  @ApiProperty({ description: 'Near misses over all pages' })
  totalNearMisses!: number;
}

export class CandidateMatchListResponse extends RankingResponse {
  @ApiProperty({ type: [CandidateMatchResponse] })
  items!: CandidateMatchResponse[];

  @ApiProperty({ type: [CandidateMatchResponse], description: 'Best near misses, flagged separately for brokering (caseworkers)' })
  nearMisses!: CandidateMatchResponse[];
}

export class VacancyMatchListResponse extends RankingResponse {
  @ApiProperty({ type: [VacancyMatchResponse] })
  items!: VacancyMatchResponse[];

  @ApiProperty({ type: [VacancyMatchResponse] })
  nearMisses!: VacancyMatchResponse[];
}
