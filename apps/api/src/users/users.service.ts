import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { notFound } from '../common/problem';
import { UpdateMeRequest } from './dto/update-me.request';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async get(id: string): Promise<User> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw notFound('The user');
    return user;
  }

  async update(id: string, changes: UpdateMeRequest): Promise<User> {
    if (Object.keys(changes).length > 0) await this.users.update(id, changes);
    return this.get(id);
  }
}
