import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { AppConfig, loadConfig, OutboxRelay, resolveDatabase } from '@app/platform';
import { AdminTokenIssuer, CreateOrganizationCommand, RotateScimTokenCommand, SetGroupProvisioningCommand } from '@app/tenancy';
import { AppModule } from './app.module';

type Flags = Record<string, string>;
type CliCommand = (ctx: { commands: CommandBus; config: AppConfig; adminTokens: AdminTokenIssuer }, flags: Flags) => Promise<object>;

const USAGE = `Usage: npm run cli -- <command> [flags]
  org:create --name <name>                                  create an organization; prints its id, SCIM base URL, SCIM token and an admin token
  org:rotate-scim-token --org <id>                          issue a new SCIM token (the old one stops working at once)
  org:set-group-provisioning --org <id> --enabled true|false
  admin-token --org <id>                                    mint an admin API token (JWT) for local use`;

const COMMANDS: Record<string, CliCommand> = {
  'org:create': async ({ commands, config, adminTokens }, flags) => {
    const created = await commands.execute(new CreateOrganizationCommand(required(flags, 'name')));
    return { organizationId: created.organizationId, scimBaseUrl: config.scimBaseUrl, scimToken: created.scimToken, adminToken: adminTokens.issue(created.organizationId) };
  },
  'org:rotate-scim-token': async ({ commands }, flags) => {
    const issued = await commands.execute(new RotateScimTokenCommand(required(flags, 'org')));
    return { scimToken: issued.scimToken };
  },
  'org:set-group-provisioning': async ({ commands }, flags) => {
    const enabled = required(flags, 'enabled');
    if (!['true', 'false'].includes(enabled)) throw new CliUsageError('--enabled must be true or false');
    return commands.execute(new SetGroupProvisioningCommand(required(flags, 'org'), enabled === 'true'));
  },
  'admin-token': async ({ adminTokens }, flags) => ({ adminToken: adminTokens.issue(required(flags, 'org')) }),
};

class CliUsageError extends Error {}

function required(flags: Flags, name: string): string {
  const value = flags[name];
  if (!value) throw new CliUsageError(`--${name} is required`);
  return value;
}

function parseFlags(args: string[]): Flags {
  const flags: Flags = {};
  for (let i = 0; i < args.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(args[i]);
    if (!match) throw new CliUsageError(`unexpected argument ${args[i]}`);
    flags[match[1]] = match[2] ?? args[++i] ?? '';
  }
  return flags;
}

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return name ? 2 : 0;
  }
  const flags = parseFlags(rest);
  const config = loadConfig(process.env, { LOG_LEVEL: 'silent' });
  const database = await resolveDatabase(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, clientUrl: database.clientUrl, migrateOnStart: true }), { logger: false });
  try {
    const result = await command({ commands: app.get(CommandBus), config, adminTokens: app.get(AdminTokenIssuer) }, flags);
    await app.get(OutboxRelay).drain(10_000);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } finally {
    await app.close();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof CliUsageError ? `${error.message}\n${USAGE}` : (error as Error).message}\n`);
    process.exit(error instanceof CliUsageError ? 2 : 1);
  },
);
