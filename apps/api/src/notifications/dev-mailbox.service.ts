import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { StoredEmail } from './stored-email.entity';

/** The e-mails stored because no SMTP server is configured, newest first. */
@Injectable()
export class DevMailboxService {
  constructor(@InjectRepository(StoredEmail) private readonly emails: Repository<StoredEmail>) {}

  async list(page: number, pageSize: number) {
    const [items, total] = await this.emails.findAndCount({ order: { createdAt: 'DESC', id: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { items, total };
  }
}
