import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';
import type { DigestFrequency, NotificationCategory } from './notification-categories';

/** A message waiting for the recipient's daily or weekly digest e-mail. */
@Entity()
@Index('IDX_digest_item_pending', ['frequency', 'recipientId'], { where: '"digest_id" IS NULL' })
export class DigestItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  recipient!: User;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'varchar', length: 40 })
  category!: NotificationCategory;

  @Column({ type: 'varchar', length: 10 })
  frequency!: DigestFrequency;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  link!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Set when the digest that contained it was sent. */
  @Column({ type: 'uuid', nullable: true })
  digestId!: string | null;
}
