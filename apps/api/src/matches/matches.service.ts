import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toMatchingSeeker, type MatchingSeeker, type MatchResult, type RankedMatches, type RankOptions } from '@meedoen/matching';
import { renderExplanationSentences, TAXONOMY_LABELS, type ExplanationPerspective } from '@meedoen/shared';
import { DataSource, In } from 'typeorm';
import { forbidden, notFound } from '../common/problem';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { SeekerProfile } from '../seekers/seeker-profile.entity';
import type { Language } from '../users/user.entity';
import { User } from '../users/user.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { CandidateMatchListResponse, MatchExplanationResponse, VacancyMatchListResponse } from './dto/match.response';
import { SkillsGapResponse } from './dto/skills-gap.response';
import { MatchesQuery } from './dto/matches.query';
import { MatchingIndexes } from './matching-indexes';
import { seekerInputOf, vacancyInputOf } from './matching-input';

const NEAR_MISSES_SHOWN = 10;

/** Who may ask for matches, and what they may see: the ranking itself is the engine's. */
@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexes: MatchingIndexes,
  ) {}

  /** Candidates for a vacancy: for its employer, anonymous until they applied; for a caseworker, their own residents. */
  async candidatesFor(viewer: AuthenticatedUser, vacancyId: string, query: MatchesQuery): Promise<CandidateMatchListResponse> {
    const vacancy = await this.dataSource.getRepository(Vacancy).findOne({ where: { id: vacancyId } });
    if (!vacancy) throw notFound('The vacancy');
    let ranking: RankedMatches;
    if (viewer.role === 'employer') {
      if (vacancy.employerId !== viewer.employerId) throw notFound('The vacancy');
      ranking = await this.indexes.rankSeekersForVacancy(vacancyInputOf(vacancy), 'employer', 'all', rankOptions(query));
    } else if (viewer.role === 'caseworker' && viewer.municipalityCode) {
      if (vacancy.status === 'draft') throw notFound('The vacancy');
      ranking = await this.indexes.rankSeekersForVacancy(vacancyInputOf(vacancy), 'caseworker', [viewer.municipalityCode], rankOptions(query));
    } else {
      throw forbidden('Only the employer of the vacancy and caseworkers see its candidates.');
    }
    const results = [...ranking.matches, ...ranking.nearMisses];
    const seekers = await this.dataSource.getRepository(User).find({
      where: { id: In(results.map((result) => result.seekerId)) },
      select: { id: true, displayName: true, municipalityCode: true },
    });
    const seekerById = new Map(seekers.map((seeker) => [seeker.id, seeker]));
    const identified = viewer.role === 'caseworker' ? new Set(seekerById.keys()) : await this.applicantsOf(vacancy.employerId, [...seekerById.keys()]);
    const language = query.language ?? viewer.language;
    const toItem = (result: MatchResult) => {
      const seeker = seekerById.get(result.seekerId);
      const identityShared = identified.has(result.seekerId);
      return {
        ...resultParts(result, language, 'candidate'),
        candidate: {
          seekerId: result.seekerId,
          identityShared,
          displayName: identityShared ? (seeker?.displayName ?? null) : null,
          municipalityCode: seeker?.municipalityCode ?? null,
        },
      };
    };
    return { ...totals(ranking), items: ranking.matches.map(toItem), nearMisses: ranking.nearMisses.map(toItem) };
  }

  /** Open vacancies for a seeker, asked by the seeker themself or by a caseworker of their municipality. */
  async vacanciesFor(viewer: AuthenticatedUser, seekerId: string, query: MatchesQuery): Promise<VacancyMatchListResponse> {
    const { seeker, audience } = await this.seekerFor(viewer, seekerId);
    const ranking = await this.indexes.rankVacanciesForSeeker(seeker, audience, rankOptions(query));
    const results = [...ranking.matches, ...ranking.nearMisses];
    const vacancies = await this.dataSource.getRepository(Vacancy).find({
      where: { id: In(results.map((result) => result.vacancyId)) },
      relations: { employer: true },
    });
    const vacancyById = new Map(vacancies.map((vacancy) => [vacancy.id, vacancy]));
    const language = query.language ?? viewer.language;
    const toItem = (result: MatchResult) => {
      const vacancy = vacancyById.get(result.vacancyId)!;
      return {
        ...resultParts(result, language, audience === 'seeker' ? 'seeker' : 'candidate'),
        vacancy: {
          vacancyId: vacancy.id,
          title: vacancy.title,
          kind: vacancy.kind,
          employerName: vacancy.employer.name,
          city: vacancy.city,
          hoursMin: vacancy.hoursMin,
          hoursMax: vacancy.hoursMax,
        },
      };
    };
    return { ...totals(ranking), items: ranking.matches.map(toItem), nearMisses: ranking.nearMisses.map(toItem) };
  }

  /** The skills that would open the most vacancies to the seeker, with how many each opens. */
  async skillsGapFor(viewer: AuthenticatedUser, seekerId: string, language: Language): Promise<SkillsGapResponse> {
    const { seeker, audience } = await this.seekerFor(viewer, seekerId);
    const opportunities = await this.indexes.skillsGapForSeeker(seeker, audience, today());
    return {
      items: opportunities.map(({ skillId, opensVacancies, askedBy }) => ({
        skillId,
        label: TAXONOMY_LABELS.skill?.(skillId, language) ?? skillId,
        opensVacancies,
        askedBy,
      })),
    };
  }

  /** The seeker as the engine sees them, if the viewer may look: the seeker themself or a caseworker of their municipality. */
  private async seekerFor(viewer: AuthenticatedUser, seekerId: string): Promise<{ seeker: MatchingSeeker; audience: 'seeker' | 'caseworker' }> {
    const id = seekerId === 'me' ? viewer.id : seekerId;
    let audience: 'seeker' | 'caseworker';
    if (viewer.role === 'seeker') {
      if (id !== viewer.id) throw notFound('The seeker');
      audience = 'seeker';
    } else if (viewer.role === 'caseworker') {
      const resident = await this.dataSource.getRepository(User).findOne({ where: { id, role: 'seeker' }, select: { id: true, municipalityCode: true } });
      if (!resident || resident.municipalityCode !== viewer.municipalityCode) throw notFound('The seeker');
      audience = 'caseworker';
    } else {
      throw forbidden('Only the seeker and their caseworkers see what fits the seeker.');
    }
    const profile = await this.dataSource.getRepository(SeekerProfile).findOne({ where: { userId: id } });
    // Without a profile there is nothing to rank on yet; the explanations say what is missing.
    return { seeker: profile ? seekerInputOf(profile) : toMatchingSeeker({ id, visibility: 'caseworkers' }), audience };
  }

  /** Seekers who applied to one of the employer's vacancies (directly or by accepting an invitation). */
  private async applicantsOf(employerId: string, seekerIds: string[]): Promise<Set<string>> {
    if (seekerIds.length === 0) return new Set();
    const rows: { seekerUserId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT a.seeker_user_id AS "seekerUserId"
         FROM application a JOIN vacancy v ON v.id = a.vacancy_id
        WHERE v.employer_id = $1 AND a.seeker_user_id = ANY($2::uuid[])`,
      [employerId, seekerIds],
    );
    return new Set(rows.map((row) => row.seekerUserId));
  }
}

function rankOptions(query: MatchesQuery): RankOptions {
  return {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
    minScore: query.minScore,
    nearMissLimit: query.includeNearMisses ? NEAR_MISSES_SHOWN : 0,
    asOf: today(),
  };
}

const today = () => new Date().toISOString().slice(0, 10);

function totals(ranking: RankedMatches) {
  return { algorithmVersion: ranking.algorithmVersion, total: ranking.totalMatches, totalNearMisses: ranking.totalNearMisses };
}

function resultParts(result: MatchResult, language: Language, perspective: ExplanationPerspective) {
  const sentences = renderExplanationSentences(result.explanation, language, TAXONOMY_LABELS, perspective);
  const explanation: MatchExplanationResponse = { text: sentences.join(' '), sentences, details: result.explanation };
  return {
    outcome: result.outcome as 'match' | 'near-miss',
    score: result.score,
    breakdown: result.breakdown,
    failedConstraints: result.failedConstraints,
    explanation,
  };
}
