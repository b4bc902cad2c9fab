import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

const DEV_ADMIN_JWT_SECRET = 'dev-only-admin-jwt-secret-change-me-in-production';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase());
const toList = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : String(value).split(',').map((s) => s.trim()).filter(Boolean);

/** Every setting comes from the environment; names match the README's configuration table. */
export class AppConfig {
  @IsOptional() @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsOptional() @IsString()
  DATABASE_URL?: string;

  @IsString()
  EMBEDDED_PG_DIR = '.data/postgres';

  @Transform(toInt) @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsOptional() @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_BASE_URL?: string;

  @IsString() @MinLength(32, { message: 'ADMIN_JWT_SECRET must be at least 32 characters' })
  ADMIN_JWT_SECRET: string = DEV_ADMIN_JWT_SECRET;

  @IsOptional() @IsUrl({ require_tld: false, require_protocol: true })
  ADMIN_JWT_JWKS_URL?: string;

  @Transform(toInt) @IsInt() @Min(60)
  ADMIN_JWT_TTL_SECONDS = 8 * 3600;

  /** Required with ADMIN_JWT_JWKS_URL: the `iss` of the platform's tokens. */
  @IsOptional() @IsString() @MinLength(1)
  ADMIN_JWT_ISSUER?: string;

  @IsString() @MinLength(1)
  ADMIN_JWT_AUDIENCE = 'scim-provisioning-admin-api';

  /** Longest accepted lifetime of an admin JWT (`exp` is required). */
  @Transform(toInt) @IsInt() @Min(60)
  ADMIN_JWT_MAX_TTL_SECONDS = 24 * 3600;

  @Transform(toInt) @IsInt() @Min(0) @Max(300)
  ADMIN_JWT_CLOCK_SKEW_SECONDS = 30;

  /** Least time between two JWKS fetches triggered by an unknown `kid`. */
  @Transform(toInt) @IsInt() @Min(0)
  ADMIN_JWT_JWKS_COOLDOWN_SECONDS = 30;

  /** How long a regenerated SCIM token's predecessor keeps working when the admin asks for an overlap. */
  @Transform(toNumber) @IsNumber() @Min(0) @Max(24 * 30)
  SCIM_TOKEN_GRACE_HOURS = 24;

  /** Verified SCIM tokens kept in memory per process; a safety-net TTL, invalidation is by LISTEN/NOTIFY. */
  @Transform(toInt) @IsInt() @Min(0)
  SCIM_TOKEN_CACHE_SIZE = 10_000;

  @Transform(toInt) @IsInt() @Min(1)
  SCIM_TOKEN_CACHE_TTL_SECONDS = 60;

  @IsOptional() @IsString() @MinLength(24, { message: 'PLATFORM_SERVICE_TOKEN must be at least 24 characters' })
  PLATFORM_SERVICE_TOKEN?: string;

  @Transform(toInt) @IsInt() @Min(1024)
  BODY_LIMIT_BYTES = 8 * 1024 * 1024;

  @Transform(toInt) @IsInt() @Min(1) @Max(10000)
  SCIM_MAX_RESULTS = 1000;

  @Transform(toInt) @IsInt() @Min(1) @Max(100000)
  SCIM_MAX_PATCH_OPERATIONS = 1000;

  @Transform(toInt) @IsInt() @Min(1) @Max(1000000)
  SCIM_MAX_MEMBERS_PER_REQUEST = 10000;

  @Transform(toInt) @IsInt() @Min(10)
  OUTBOX_POLL_MS = 1000;

  @Transform(toBool) @IsBoolean()
  OUTBOX_RELAY_ENABLED = true;

  @Transform(toInt) @IsInt() @Min(1) @Max(10000)
  OUTBOX_BATCH_SIZE = 100;

  @Transform(toInt) @IsInt() @Min(1) @Max(100)
  OUTBOX_MAX_ATTEMPTS = 12;

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DB_POOL_MAX = 10;

  @Transform(toInt) @IsInt() @Min(1) @Max(3650)
  ACTIVITY_LOG_RETENTION_DAYS = 30;

  /** Database fault bounds (0 turns a timeout off): see the README's Operations section. */
  @Transform(toInt) @IsInt() @Min(100)
  DB_CONNECT_TIMEOUT_MS = 5000;

  @Transform(toInt) @IsInt() @Min(100)
  DB_ACQUIRE_TIMEOUT_MS = 5000;

  @Transform(toInt) @IsInt() @Min(0)
  DB_STATEMENT_TIMEOUT_MS = 15000;

  @Transform(toInt) @IsInt() @Min(0)
  DB_LOCK_TIMEOUT_MS = 10000;

  @Transform(toInt) @IsInt() @Min(0)
  DB_IDLE_IN_TX_TIMEOUT_MS = 60000;

  @Transform(toInt) @IsInt() @Min(100)
  DB_HEALTH_TIMEOUT_MS = 1000;

  @Transform(toInt) @IsInt() @Min(1000)
  SHUTDOWN_TIMEOUT_MS = 10000;

  @IsIn(['memory', 'postgres'])
  RATE_LIMIT_STORE: 'memory' | 'postgres' = 'memory';

  /** Authentication failures allowed per client address and per token prefix in one window; 0 turns the limit off. */
  @Transform(toInt) @IsInt() @Min(0)
  RATE_LIMIT_AUTH_FAILURES = 20;

  @Transform(toInt) @IsInt() @Min(1000)
  RATE_LIMIT_AUTH_WINDOW_MS = 60000;

  /** Requests per organization in one window; 0 (the default) means no quota. */
  @Transform(toInt) @IsInt() @Min(0)
  RATE_LIMIT_ORG_REQUESTS = 0;

  @Transform(toInt) @IsInt() @Min(1000)
  RATE_LIMIT_ORG_WINDOW_MS = 60000;

  /** Trust X-Forwarded-For from this many proxy hops (0: the socket address is the client address). */
  @Transform(toInt) @IsInt() @Min(0)
  TRUST_PROXY_HOPS = 0;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Level of the one line per successful request; errors and slow requests are logged at warn/error anyway. */
  @IsIn(['info', 'debug'])
  LOG_REQUESTS: 'info' | 'debug' = 'info';

  @Transform(toInt) @IsInt() @Min(1)
  LOG_SLOW_REQUEST_MS = 1000;

  @IsOptional() @Transform(toList)
  CORS_ORIGINS?: string[];

  /** Where committed durable events go: the in-process relay, or NATS JetStream (a module may then run as its own service). */
  @IsIn(['inprocess', 'nats'])
  EVENT_TRANSPORT: 'inprocess' | 'nats' = 'inprocess';

  @IsString()
  NATS_URL = 'nats://127.0.0.1:4222';

  /** JetStream stream of the events; also the namespace of the per-module durable consumers. */
  @IsString() @MinLength(1)
  NATS_STREAM = 'SCIM_EVENTS';

  /** First token of every subject: `<prefix>.events.<type>`, `<prefix>.public.<type>`, `<prefix>.rpc.…`. */
  @IsString() @MinLength(1)
  NATS_SUBJECT_PREFIX = 'scim';

  /** Modules this process leaves out because another service runs them (e.g. `roles`). */
  @IsOptional() @Transform(toList)
  MODULES_DISABLED?: string[];

  get publicBaseUrl(): string {
    return (this.PUBLIC_BASE_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  get scimBaseUrl(): string {
    return `${this.publicBaseUrl}/scim/v2`;
  }

  get usesDevAdminSecret(): boolean {
    return this.ADMIN_JWT_SECRET === DEV_ADMIN_JWT_SECRET;
  }
}

export class InvalidConfigurationError extends Error {}

/** Validates the environment once at start-up and names every wrong value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Record<keyof AppConfig, unknown>> = {}): AppConfig {
  const known = Object.keys(new AppConfig());
  const source: Record<string, unknown> = {};
  for (const key of [...known, 'PUBLIC_BASE_URL', 'DATABASE_URL', 'ADMIN_JWT_JWKS_URL', 'ADMIN_JWT_ISSUER', 'PLATFORM_SERVICE_TOKEN', 'CORS_ORIGINS', 'MODULES_DISABLED']) {
    if (env[key] !== undefined && env[key] !== '') source[key] = env[key];
  }
  Object.assign(source, overrides);
  const config = plainToInstance(AppConfig, source, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}=${JSON.stringify(source[e.property])}: ${m}`));
  if (config.ADMIN_JWT_JWKS_URL && !config.ADMIN_JWT_ISSUER) {
    problems.push('ADMIN_JWT_ISSUER: required when ADMIN_JWT_JWKS_URL is set');
  }
  if (config.ADMIN_JWT_TTL_SECONDS > config.ADMIN_JWT_MAX_TTL_SECONDS) {
    problems.push('ADMIN_JWT_TTL_SECONDS: must not exceed ADMIN_JWT_MAX_TTL_SECONDS');
  }
  if (config.NODE_ENV === 'production' && config.usesDevAdminSecret) {
    problems.push('ADMIN_JWT_SECRET: must be set in production');
  }
  if (problems.length > 0) {
    throw new InvalidConfigurationError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
