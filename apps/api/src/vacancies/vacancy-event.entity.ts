import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Vacancy } from './vacancy.entity';

export const VACANCY_EVENT_ACTIONS = ['created', 'updated', 'status-changed'] as const;
export type VacancyEventAction = (typeof VACANCY_EVENT_ACTIONS)[number];

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** The history of a vacancy: every change, with who made it and when. */
@Entity()
@Index(['vacancyId', 'id'])
export class VacancyEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @ManyToOne(() => Vacancy, { nullable: false, onDelete: 'CASCADE' })
  vacancy!: Vacancy;

  @Column({ type: 'uuid' })
  vacancyId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar', length: 20 })
  action!: VacancyEventAction;

  @Column({ type: 'varchar', length: 10, nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  toStatus!: string | null;

  @Column({ type: 'jsonb', default: {} })
  changes!: FieldChanges;
}
