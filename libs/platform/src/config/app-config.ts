import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

const DEV_ADMIN_JWT_SECRET = 'dev-only-admin-jwt-secret-change-me-in-production';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
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

  @IsOptional() @IsString() @MinLength(24, { message: 'PLATFORM_SERVICE_TOKEN must be at least 24 characters' })
  PLATFORM_SERVICE_TOKEN?: string;

  @Transform(toInt) @IsInt() @Min(1024)
  BODY_LIMIT_BYTES = 8 * 1024 * 1024;

  @Transform(toInt) @IsInt() @Min(1) @Max(10000)
  SCIM_MAX_RESULTS = 1000;

  @Transform(toInt) @IsInt() @Min(10)
  OUTBOX_POLL_MS = 1000;

  @Transform(toBool) @IsBoolean()
  OUTBOX_RELAY_ENABLED = true;

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DB_POOL_MAX = 10;

  @Transform(toInt) @IsInt() @Min(1) @Max(3650)
  ACTIVITY_LOG_RETENTION_DAYS = 30;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Level of the one line per successful request; errors and slow requests are logged at warn/error anyway. */
  @IsIn(['info', 'debug'])
  LOG_REQUESTS: 'info' | 'debug' = 'info';

  @Transform(toInt) @IsInt() @Min(1)
  LOG_SLOW_REQUEST_MS = 1000;

  @IsOptional() @Transform(toList)
  CORS_ORIGINS?: string[];

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
  for (const key of [...known, 'PUBLIC_BASE_URL', 'DATABASE_URL', 'ADMIN_JWT_JWKS_URL', 'PLATFORM_SERVICE_TOKEN', 'CORS_ORIGINS']) {
    if (env[key] !== undefined && env[key] !== '') source[key] = env[key];
  }
  Object.assign(source, overrides);
  const config = plainToInstance(AppConfig, source, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}=${JSON.stringify(source[e.property])}: ${m}`));
  if (config.NODE_ENV === 'production' && config.usesDevAdminSecret) {
    problems.push('ADMIN_JWT_SECRET: must be set in production');
  }
  if (problems.length > 0) {
    throw new InvalidConfigurationError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
