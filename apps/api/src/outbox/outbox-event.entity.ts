import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Transactional outbox: an event written in the same transaction as the change that caused it.
 * The relay in the worker moves due rows to BullMQ (job id = row id) and marks them dispatched.
 */
@Entity()
@Index('IDX_outbox_event_pending', ['runAt'], { where: '"dispatched_at" IS NULL' })
export class OutboxEvent {
  /** Random, or derived from the caller's key so that emitting the same thing twice gives one row. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** What happened or what to do, e.g. 'employer.verification-decided' or 'notify'. */
  @Column({ type: 'varchar', length: 100 })
  type!: string;

  /** The BullMQ queue the relay puts the job on. */
  @Column({ type: 'varchar', length: 40 })
  queue!: string;

  @Column({ type: 'jsonb' })
  payload!: object;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Not relayed before this moment: scheduled work (reminders, expiry) waits here, cancellable in a transaction. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  runAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;
}
