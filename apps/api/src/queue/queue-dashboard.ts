import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { HttpStatus } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Express, NextFunction, Request, Response } from 'express';
import { forbidden, ProblemException, unauthorized } from '../common/problem';
import { tokenOf } from '../sessions/session-auth.guard';
import { SessionsService } from '../sessions/sessions.service';
import { BullQueues } from './bull-queues';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** bull-board under /admin/queues: every request, assets included, needs an administrator's session. */
export function mountQueueDashboard(app: NestExpressApplication) {
  const http = app.getHttpAdapter().getInstance() as Express;
  const sessions = app.get(SessionsService);
  http.use(QUEUE_DASHBOARD_PATH, async (request: Request, _response: Response, next: NextFunction) => {
    try {
      const token = tokenOf(request);
      const user = token ? await sessions.resolve(token) : null;
      if (!user) return next(unauthorized(token ? 'Your session has ended. Sign in again.' : 'Sign in first.'));
      if (user.role !== 'administrator') return next(forbidden('Only administrators see the queues.'));
      next();
    } catch (error) {
      next(error);
    }
  });
  const queues = app.get(BullQueues).all();
  if (queues.length === 0) {
    http.use(QUEUE_DASHBOARD_PATH, (_request: Request, _response: Response, next: NextFunction) =>
      next(new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, 'There is no Redis, so there are no queues to show.')),
    );
    return;
  }
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter, options: { uiConfig: { boardTitle: 'Meedoen queues' } } });
  http.use(QUEUE_DASHBOARD_PATH, serverAdapter.getRouter());
}
