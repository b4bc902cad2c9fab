import { ConsoleLogger } from '@nestjs/common';
import type { AppConfig } from '@app/platform';

/** Structured JSON lines, one per event; tokens never reach a log line (Fastify redacts the header). */
export function jsonLogger(config: AppConfig): ConsoleLogger {
  return new ConsoleLogger({ json: true, colors: false, logLevels: nestLogLevels(config.LOG_LEVEL) });
}

function nestLogLevels(level: string): ('fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose')[] {
  const order = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
  const cut = { fatal: 0, error: 1, warn: 2, info: 3, debug: 4, trace: 5 }[level] ?? 3;
  return order.slice(0, cut + 1);
}
