import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AppConfig } from '@app/platform';
import { AdminTokenIssuer, CreateOrganizationCommand, RotateScimTokenCommand, SetGroupProvisioningCommand } from '@app/tenancy';

export type CliFlags = Record<string, string>;
type CliCommand = (app: INestApplicationContext, flags: CliFlags) => Promise<object>;

export const CLI_USAGE = `Usage: npm run cli -- <command> [flags]   (compiled, as in the production image: scim-cli <command> [flags])
  org:create --name <name>                                  create an organization; prints its id, SCIM base URL, SCIM token and an admin token
  org:rotate-scim-token --org <id>                          issue a new SCIM token (the old one stops working at once)
  org:set-group-provisioning --org <id> --enabled true|false
  admin-token --org <id>                                    mint an admin API token (JWT) for local use`;

export class CliUsageError extends Error {}

function required(flags: CliFlags, name: string): string {
  const value = flags[name];
  if (!value) throw new CliUsageError(`--${name} is required`);
  return value;
}

export const CLI_COMMANDS: Record<string, CliCommand> = {
  'org:create': async (app, flags) => {
    const created = await app.get(CommandBus).execute(new CreateOrganizationCommand(required(flags, 'name')));
    return {
      organizationId: created.organizationId,
      scimBaseUrl: app.get(AppConfig).scimBaseUrl,
      scimToken: created.scimToken,
      adminToken: app.get(AdminTokenIssuer).issue(created.organizationId),
    };
  },
  'org:rotate-scim-token': async (app, flags) => {
    const issued = await app.get(CommandBus).execute(new RotateScimTokenCommand(required(flags, 'org')));
    return { scimToken: issued.scimToken };
  },
  'org:set-group-provisioning': async (app, flags) => {
    const enabled = required(flags, 'enabled');
    if (!['true', 'false'].includes(enabled)) throw new CliUsageError('--enabled must be true or false');
    return app.get(CommandBus).execute(new SetGroupProvisioningCommand(required(flags, 'org'), enabled === 'true'));
  },
  'admin-token': async (app, flags) => ({ adminToken: app.get(AdminTokenIssuer).issue(required(flags, 'org')) }),
};

export function parseCliFlags(args: string[]): CliFlags {
  const flags: CliFlags = {};
  for (let i = 0; i < args.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(args[i]);
    if (!match) throw new CliUsageError(`unexpected argument ${args[i]}`);
    flags[match[1]] = match[2] ?? args[++i] ?? '';
  }
  return flags;
}

/** Runs one CLI command against an application context; the result is what the CLI prints as JSON. */
export async function runCliCommand(app: INestApplicationContext, name: string, args: string[]): Promise<object> {
  const command = CLI_COMMANDS[name];
  if (!command) throw new CliUsageError(`unknown command ${name}`);
  return command(app, parseCliFlags(args));
}
