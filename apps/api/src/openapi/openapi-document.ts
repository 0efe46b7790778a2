import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX, API_VERSION } from '../common/api-version';

type Operation = { parameters?: unknown[]; responses: Record<string, { description?: string; headers?: object; content?: object }> };

const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', example: 'about:blank' },
    title: { type: 'string', example: 'Bad Request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'The request has invalid fields: email.' },
    instance: { type: 'string', example: '/api/v1/accounts' },
    invalidParams: {
      type: 'array',
      items: { type: 'object', required: ['name', 'reason'], properties: { name: { type: 'string' }, reason: { type: 'string' } } },
    },
  },
};

const ERROR_DESCRIPTIONS: Record<string, string> = {
  '400': 'Invalid input: invalidParams names each field',
  '401': 'Not signed in, or the session has ended',
  '403': 'Your role may not do this',
  '404': 'Not found, or not yours to see',
  '409': 'Conflicts with the current state',
  '413': 'The request body is too large',
  '422': 'Valid input that cannot be processed, e.g. an unknown postcode',
  '429': 'Too many requests: see Retry-After',
  '500': 'Something went wrong on our side',
};

const problemResponse = (status: string) => ({
  description: ERROR_DESCRIPTIONS[status],
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/**
 * The OpenAPI 3 document, generated from the controllers and completed for the NL API Design Rules:
 * paths relative to a /api/v1 server, API-Version on every success, problem+json for every error.
 */
export function buildOpenApiDocument(app: INestApplication, publicUrl: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Meedoen API')
    .setDescription('Job-matching marketplace for the participation services of Dutch municipalities.')
    .setVersion(API_VERSION)
    .setContact('Meedoen', `${publicUrl}/`, 'api@meedoen.nl')
    .setLicense('EUPL-1.2', 'https://eupl.eu/1.2/nl/')
    .addServer(`${publicUrl}/${API_PREFIX}`)
    .addCookieAuth('meedoen_session')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, { ignoreGlobalPrefix: true });
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, Problem: PROBLEM_SCHEMA };
  document.components.headers = {
    'API-Version': { description: 'The full version of the API', schema: { type: 'string', example: API_VERSION } },
  };
  for (const pathItem of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(pathItem) as [string, Operation][]) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      completeOperation(method, operation);
    }
  }
  return document;
}

function completeOperation(method: string, operation: Operation) {
  for (const [status, response] of Object.entries(operation.responses)) {
    if (/^[23]\d\d$/.test(status)) response.headers = { 'API-Version': { $ref: '#/components/headers/API-Version' }, ...response.headers };
  }
  const errors = ['401', '403', '404', '500'];
  if (!['get', 'delete'].includes(method) || (operation.parameters?.length ?? 0) > 0) errors.unshift('400');
  if (['post', 'put', 'patch'].includes(method)) errors.push('409', '413', '422');
  for (const status of errors) operation.responses[status] ??= problemResponse(status);
}
