import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { LoginRateLimiter } from './login-rate-limiter';
import { Session } from './session.entity';
import { SessionAuthGuard } from './session-auth.guard';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Session]), UsersModule],
  controllers: [SessionsController],
  providers: [SessionsService, LoginRateLimiter, { provide: APP_GUARD, useClass: SessionAuthGuard }],
  exports: [SessionsService],
})
export class SessionsModule {}
