import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { API_PREFIX, API_VERSION } from '../common/api-version';
import { forbidden } from '../common/problem';
import { ProblemDetailsFilter } from '../common/problem-details.filter';
import { createValidationPipe } from '../common/validation';
import { AppConfig } from '../config/app-config';
import { HTML_PAGE_PATHS } from '../notifications/pages/simple-page';
import { buildOpenApiDocument } from '../openapi/openapi-document';
import { landingPage } from '../portals/landing-page';
import { PORTALS } from '../portals/portals';
import { mountQueueDashboard } from '../queue/queue-dashboard';
import { SESSION_COOKIE } from '../sessions/session-token';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Everything an HTTP app needs besides its modules; shared by main.ts and the API tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig) {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.setGlobalPrefix(API_PREFIX, { exclude: ['/', ...Object.values(HTML_PAGE_PATHS)] });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'img-src': ["'self'", 'data:', 'https://tile.openstreetmap.org', 'https://*.tile.openstreetmap.org'], 'connect-src': ["'self'"] },
      },
    }),
  );
  app.use((_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('API-Version', API_VERSION);
    next();
  });
  app.enableCors({ origin: config.corsOrigins, credentials: true, exposedHeaders: ['API-Version', 'Retry-After'] });
  app.use(cookieParser());
  app.use(express.json({ limit: config.bodyLimitBytes, type: ['application/json', 'application/*+json'] }));
  app.use(rejectCrossSiteWrites(config));
  mountQueueDashboard(app);
  const problems = new ProblemDetailsFilter();
  app.use((error: unknown, request: Request, response: Response, _next: NextFunction) => problems.respond(error, request, response));
  app.useGlobalFilters(problems);
  app.useGlobalPipes(createValidationPipe());

  const document = buildOpenApiDocument(app, config.publicUrl);
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.get(`/${API_PREFIX}/openapi.json`, (_request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.json(document);
  });
  http.get('/', (request, response) => {
    response.type('html').send(landingPage(request.query.lang === 'en' ? 'en' : 'nl'));
  });
  servePortals(http, config.webDistDir);
}

/**
 * Cookie-authenticated writes must come from our own pages (besides SameSite=Lax): a browser sends
 * Origin on cross-site requests, and Sec-Fetch-Site tells where the request started.
 */
function rejectCrossSiteWrites(config: AppConfig) {
  const trusted = new Set([config.publicUrl, ...config.corsOrigins]);
  return (request: Request, _response: Response, next: NextFunction) => {
    if (!UNSAFE_METHODS.has(request.method) || !request.cookies?.[SESSION_COOKIE] || request.headers.authorization) return next();
    const origin = request.headers.origin;
    const sameHost = origin !== undefined && new URL(origin).host === request.headers.host;
    const crossSite = request.headers['sec-fetch-site'] === 'cross-site';
    if ((origin && !trusted.has(origin) && !sameHost) || crossSite) {
      return next(forbidden('Requests from other websites may not change anything here.'));
    }
    next();
  };
}

function servePortals(http: express.Express, webDistDir: string) {
  for (const portal of PORTALS) {
    const folder = resolve(join(webDistDir, portal.folder));
    const index = join(folder, 'index.html');
    http.use(portal.path, express.static(folder, { index: false, redirect: false, fallthrough: true, maxAge: '1h' }));
    // Express matches '/werkzoekenden' and '/werkzoekenden/' alike, so the redirect to the slash form looks at the path.
    http.get([portal.path, `${portal.path}/{*splat}`], (request, response, next) => {
      if (request.path === portal.path) {
        const queryStart = request.originalUrl.indexOf('?');
        const query = queryStart === -1 ? '' : request.originalUrl.slice(queryStart);
        return response.redirect(301, `${portal.path}/${query}`);
      }
      if (!existsSync(index)) return next();
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    });
  }
}
