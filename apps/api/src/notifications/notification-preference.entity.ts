import { Column, Entity, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';
import type { Frequency, NotificationCategory, PreferenceChannel } from './notification-categories';

/** A person's choice for one category; without a row the category's default applies. */
@Entity()
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  category!: NotificationCategory;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  user!: User;

  @Column({ type: 'varchar', length: 10 })
  channel!: PreferenceChannel;

  @Column({ type: 'varchar', length: 10 })
  frequency!: Frequency;

  @Column({ type: 'smallint', nullable: true })
  matchScoreThreshold!: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
