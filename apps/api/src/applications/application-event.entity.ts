import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Application } from './application.entity';

/** One step of an application's pipeline: when, who, from which status to which, and an optional note. */
@Entity()
@Index(['applicationId', 'id'])
export class ApplicationEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @ManyToOne(() => Application, { nullable: false, onDelete: 'CASCADE' })
  application!: Application;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'varchar', length: 12 })
  toStatus!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  rejectionReason!: string | null;
}
