import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';
import type { NotificationCategory } from './notification-categories';

/** An in-app notification, written in the recipient's language when it was delivered. */
@Entity()
@Index(['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  user!: User;

  @Column({ type: 'uuid' })
  userId!: string;

  /** The outbox event that caused it. */
  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'varchar', length: 40 })
  category!: NotificationCategory;

  @Column({ type: 'varchar', length: 80 })
  template!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** A path inside the product, e.g. /werkgevers/. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  link!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
