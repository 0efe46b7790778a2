import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { DeliveryChannel } from './notification-categories';

/**
 * The send log: one row per event, recipient and channel, written in the same transaction as the delivery.
 * Its primary key is what makes a job that runs twice deliver once. No foreign key: it outlives deleted users.
 */
@Entity()
export class NotificationDelivery {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ type: 'uuid' })
  recipientId!: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  channel!: DeliveryChannel;

  @CreateDateColumn({ type: 'timestamptz' })
  deliveredAt!: Date;
}
