import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DeliveryChannel } from './notification-categories';

export interface DeliveryKey {
  eventId: string;
  recipientId: string;
  channel: DeliveryChannel;
}

/**
 * Runs a delivery at most once per event, recipient and channel. The log row and the delivery share one
 * transaction: a second run of the same job waits on the first one's row lock and then does nothing, and a
 * delivery that fails rolls its log row back so that the retry can deliver.
 */
@Injectable()
export class SendLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True when this call delivered, false when an earlier one already had. */
  async once(key: DeliveryKey, deliver: (manager: EntityManager) => Promise<void>): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const logged: unknown[] = await manager.query(
        `INSERT INTO notification_delivery (event_id, recipient_id, channel) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [key.eventId, key.recipientId, key.channel],
      );
      if (logged.length === 0) return false;
      await deliver(manager);
      return true;
    });
  }
}
