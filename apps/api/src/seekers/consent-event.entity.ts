import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

export const CONSENT_SUBJECTS = ['visibility'] as const;
export type ConsentSubject = (typeof CONSENT_SUBJECTS)[number];

/** Consent log: every change of who may see a seeker's profile, with time and who made it. Append-only. */
@Entity()
@Index(['seekerUserId', 'id'])
export class ConsentEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  seekerUser!: User;

  @Column({ type: 'uuid' })
  seekerUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar', length: 40 })
  subject!: ConsentSubject;

  @Column({ type: 'varchar', length: 40, nullable: true })
  fromValue!: string | null;

  @Column({ type: 'varchar', length: 40 })
  toValue!: string;
}
