import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

export const CASE_ACTION_KINDS = ['no-show-follow-up', 'check-in-follow-up', 'task'] as const;
export type CaseActionKind = (typeof CASE_ACTION_KINDS)[number];

/** Something the caseworker still has to do for a resident, e.g. get back in touch after a missed appointment. */
@Entity()
export class CaseAction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { nullable: false })
  seeker!: User;

  @Index()
  @Column({ type: 'uuid' })
  seekerId!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: CaseActionKind;

  @Column({ type: 'varchar', length: 500 })
  description!: string;

  @Column({ type: 'date' })
  dueDate!: string;

  /** What caused it, e.g. the missed appointment. */
  @Column({ type: 'uuid', nullable: true })
  sourceId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  doneByUserId!: string | null;
}
