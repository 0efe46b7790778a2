import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Vacancy } from './vacancy.entity';

/** How often job seekers opened a vacancy, per day (Dutch calendar day): the views on the employer's dashboard. */
@Entity()
export class VacancyViewDay {
  @PrimaryColumn({ type: 'uuid' })
  vacancyId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @ManyToOne(() => Vacancy, { nullable: false, onDelete: 'CASCADE' })
  vacancy!: Vacancy;

  @Column({ type: 'integer', default: 0 })
  views!: number;
}
