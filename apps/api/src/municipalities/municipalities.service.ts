import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MUNICIPALITIES } from '@meedoen/shared';
import { Repository } from 'typeorm';
import { notFound } from '../common/problem';
import { Municipality } from './municipality.entity';

@Injectable()
export class MunicipalitiesService implements OnApplicationBootstrap {
  constructor(@InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>) {}

  onApplicationBootstrap() {
    return this.ensureReferenceData();
  }

  /** Adds municipalities that are missing; never overwrites a target set by an administrator. */
  async ensureReferenceData() {
    await this.municipalities
      .createQueryBuilder()
      .insert()
      .values(
        MUNICIPALITIES.map((municipality) => ({
          code: municipality.code,
          name: municipality.displayName,
          region: municipality.region,
          yearlyOutflowTarget: municipality.defaultYearlyOutflowTarget,
          themeColor: municipality.themeColor,
        })),
      )
      .orIgnore()
      .execute();
  }

  list(): Promise<Municipality[]> {
    return this.municipalities.find({ order: { name: 'ASC' } });
  }

  async get(code: string): Promise<Municipality> {
    const municipality = await this.municipalities.findOne({ where: { code } });
    if (!municipality) throw notFound(`Municipality ${code}`);
    return municipality;
  }

  async exists(code: string): Promise<boolean> {
    return this.municipalities.exists({ where: { code } });
  }

  async setTarget(code: string, yearlyOutflowTarget: number): Promise<Municipality> {
    await this.get(code);
    await this.municipalities.update(code, { yearlyOutflowTarget });
    return this.get(code);
  }
}
