import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => {
  const word = String(value).toLowerCase();
  if (['true', '1', 'yes'].includes(word)) return true;
  if (['false', '0', 'no'].includes(word)) return false;
  return value;
};
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value);
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value;

/**
 * Every setting of the product, read from the environment once at start-up (see .env.example).
 * Property names are the camelCase form of the environment variable names.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  nodeEnv: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  port = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  databaseUrl?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// connection URL' })
  redisUrl?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  embeddedPostgresPort = 54329;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  embeddedRedisPort = 6390;

  @IsString()
  dataDir = '.data';

  @IsString()
  webDistDir = 'dist/apps';

  @Transform(toBoolean)
  @IsBoolean()
  demoMode = false;

  @Matches(/^https?:\/\/[^/]+$/, { message: 'must be an origin like https://meedoen.example.nl (no path)' })
  publicUrl = 'http://localhost:3000';

  @Transform(toList)
  @Matches(/^https?:\/\/[^/]+$/, { each: true, message: 'must be a comma-separated list of origins' })
  corsOrigins: string[] = [];

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  sessionTtlHours = 12;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  bodyLimitBytes = 1024 * 1024;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  loginMaxAttemptsPerMinute = 10;

  /** 32 bytes, base64: encrypts residents' sensitive intake fields at rest. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 random bytes in base64 (openssl rand -base64 32)' })
  intakeEncryptionKey?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'must be an smtp:// or smtps:// URL' })
  smtpUrl?: string;

  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  meiliUrl?: string;

  @IsOptional()
  @IsString()
  meiliApiKey?: string;

  /** Sender of every e-mail, e.g. "Meedoen <noreply@meedoen.nl>". */
  @Matches(/^[^<>]*<[^@\s<>]+@[^@\s<>]+>$|^[^@\s<>]+@[^@\s<>]+$/, { message: 'must be an address, optionally with a name: Name <address@example.nl>' })
  mailFrom = 'Meedoen <noreply@meedoen.local>';

  /** 32 bytes, base64: signs the links in e-mails that work without signing in (unsubscribe). */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 random bytes in base64 (openssl rand -base64 32)' })
  linkSigningKey?: string;

  /** Prefix of every BullMQ key in Redis; several installations (or test runs) can share one Redis. */
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'must be 1-40 characters a-z, 0-9, _ or -' })
  queuePrefix = 'meedoen';

  /** Jobs one worker process runs at the same time, per queue. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  workerConcurrency = 5;

  /** Attempts per job before it stays in the failed set; waits grow exponentially from JOB_BACKOFF_MS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  jobAttempts = 8;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  jobBackoffMs = 5000;

  /** A running job's lock; when a worker dies, its jobs run again elsewhere after about this long. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  jobLockMs = 30_000;

  /** How long a stopping worker lets running jobs finish before it leaves them to be retried. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600_000)
  shutdownGraceMs = 20_000;

  /** The outbox relay looks for new rows this often; a committed row also wakes it at once (LISTEN/NOTIFY). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60_000)
  outboxPollMs = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(5000)
  outboxBatchSize = 200;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  logLevel = 'info';
}

/** Environment variable name for each setting, e.g. databaseUrl → DATABASE_URL. */
export const envNameOf = (property: string) => property.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

export class InvalidConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const settings = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(AppConfig, '', true, false)
      .map((metadata) => metadata.propertyName),
  );
  const raw: Record<string, unknown> = {};
  for (const property of settings) {
    const value = env[envNameOf(property)];
    if (value !== undefined && value !== '') raw[property] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  const problems = errors.map(
    (error) => `${envNameOf(error.property)}: ${Object.values(error.constraints ?? {}).join('; ')} (got ${JSON.stringify(error.value)})`,
  );
  if (config.nodeEnv === 'production') {
    if (config.demoMode) problems.push('DEMO_MODE: demo mode (with its public demo passwords) is refused in production');
    if (!config.intakeEncryptionKey) problems.push('INTAKE_ENCRYPTION_KEY: required in production');
    if (!config.linkSigningKey) problems.push('LINK_SIGNING_KEY: required in production');
  }
  if (problems.length > 0) {
    throw new InvalidConfigError(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  }
  return Object.freeze(config) as AppConfig;
}
