import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, IsNull, Not, Repository } from 'typeorm';
import { notFound } from '../common/problem';
import { Notification } from './notification.entity';

export type ReadStatus = 'read' | 'unread';

/** A person's own in-app notifications; someone else's are "not found". */
@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  async list(userId: string, status: ReadStatus | undefined, page: number, pageSize: number) {
    const where: FindOptionsWhere<Notification> = { userId, ...(status ? { readAt: status === 'read' ? Not(IsNull()) : IsNull() } : {}) };
    const [[items, total], unreadCount] = await Promise.all([
      this.notifications.findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize }),
      this.notifications.count({ where: { userId, readAt: IsNull() } }),
    ]);
    return { items, total, unreadCount };
  }

  async setRead(userId: string, id: string, read: boolean): Promise<Notification> {
    const notification = await this.notifications.findOne({ where: { id, userId } });
    if (!notification) throw notFound('The notification');
    if (read !== (notification.readAt !== null)) {
      notification.readAt = read ? new Date() : null;
      await this.notifications.update({ id, userId }, { readAt: notification.readAt });
    }
    return notification;
  }

  /** Returns how many were unread. */
  async markAllRead(userId: string): Promise<number> {
    const { affected } = await this.notifications.update({ userId, readAt: IsNull() }, { readAt: new Date() });
    return affected ?? 0;
  }
}
