import type { INestApplicationContext } from '@nestjs/common';
import { AppConfig, ParkedEvents } from '@app/platform';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  AdminTokenIssuer,
  CreateOrganizationCommand,
  DeleteOrganizationCommand,
  GetOrganizationQuery,
  ListOrganizationsQuery,
  OrganizationAlreadyExistsError,
  RenameOrganizationCommand,
  RotateScimTokenCommand,
  SetGroupProvisioningCommand,
  SetOrganizationEnabledCommand,
} from '@app/tenancy';

export type CliFlags = Record<string, string>;
type CliCommand = (app: INestApplicationContext, flags: CliFlags) => Promise<object>;

export const CLI_USAGE = `Usage: npm run cli -- <command> [flags]   (compiled, as in the production image: scim-cli <command> [flags])
  org:create --name <name> [--external-id <platform id>]    create an organization; prints its id, SCIM base URL, SCIM token and an admin token
                                                            (again with the same --external-id: prints the existing organization, created false)
  org:get --org <id|external id>
  org:list [--page <n>] [--page-size <n>]
  org:rename --org <id|external id> --name <name>
  org:disable --org <id|external id>                        SCIM and the admin API refuse the organization; data is kept
  org:enable --org <id|external id>
  org:delete --org <id|external id>                         delete the organization and all its data in every module
  org:rotate-scim-token --org <id> [--overlap true]          issue a new SCIM token (the old one stops at once, or after SCIM_TOKEN_GRACE_HOURS with --overlap)
  org:set-group-provisioning --org <id> --enabled true|false
  admin-token --org <id>                                    mint an admin API token (JWT) for local use
  outbox:parked [--limit <n>]                               list outbox events the relay gave up on (parked)
  outbox:redrive --id <id> | --all                          put parked events back for delivery`;

export class CliUsageError extends Error {}

function required(flags: CliFlags, name: string): string {
  const value = flags[name];
  if (!value) throw new CliUsageError(`--${name} is required`);
  return value;
}

async function organizationId(app: INestApplicationContext, flags: CliFlags): Promise<string> {
  const reference = required(flags, 'org');
  const organization = await app.get(QueryBus).execute(new GetOrganizationQuery(reference));
  if (!organization) throw new CliUsageError(`no organization ${reference}`);
  return organization.id;
}

async function showOrganization(app: INestApplicationContext, id: string): Promise<object> {
  return (await app.get(QueryBus).execute(new GetOrganizationQuery(id))) ?? {};
}

export const CLI_COMMANDS: Record<string, CliCommand> = {
  'org:create': async (app, flags) => {
    try {
      const created = await app.get(CommandBus).execute(new CreateOrganizationCommand(required(flags, 'name'), flags['external-id']));
      return {
        organizationId: created.organizationId,
        scimBaseUrl: app.get(AppConfig).scimBaseUrl,
        scimToken: created.scimToken,
        adminToken: app.get(AdminTokenIssuer).issue(created.organizationId),
      };
    } catch (error) {
      if (!(error instanceof OrganizationAlreadyExistsError)) throw error;
      return { organizationId: error.organizationId, created: false };
    }
  },
  'org:get': async (app, flags) => showOrganization(app, await organizationId(app, flags)),
  'org:list': async (app, flags) => app.get(QueryBus).execute(new ListOrganizationsQuery(Number(flags.page ?? 1) || 1, Number(flags['page-size'] ?? 50) || 50)),
  'org:rename': async (app, flags) => {
    const id = await organizationId(app, flags);
    await app.get(CommandBus).execute(new RenameOrganizationCommand(id, required(flags, 'name')));
    return showOrganization(app, id);
  },
  'org:disable': async (app, flags) => {
    const id = await organizationId(app, flags);
    await app.get(CommandBus).execute(new SetOrganizationEnabledCommand(id, false));
    return showOrganization(app, id);
  },
  'org:enable': async (app, flags) => {
    const id = await organizationId(app, flags);
    await app.get(CommandBus).execute(new SetOrganizationEnabledCommand(id, true));
    return showOrganization(app, id);
  },
  'org:delete': async (app, flags) => {
    const id = await organizationId(app, flags);
    await app.get(CommandBus).execute(new DeleteOrganizationCommand(id));
    return { organizationId: id, deleted: true };
  },
  'org:rotate-scim-token': async (app, flags) => {
    const overlap = flags.overlap === 'true';
    const issued = await app.get(CommandBus).execute(new RotateScimTokenCommand(await organizationId(app, flags), { overlap }));
    return overlap ? { scimToken: issued.scimToken, previousTokenExpiresAt: issued.previousTokenExpiresAt } : { scimToken: issued.scimToken };
  },
  'org:set-group-provisioning': async (app, flags) => {
    const enabled = required(flags, 'enabled');
    if (!['true', 'false'].includes(enabled)) throw new CliUsageError('--enabled must be true or false');
    return app.get(CommandBus).execute(new SetGroupProvisioningCommand(required(flags, 'org'), enabled === 'true'));
  },
  'admin-token': async (app, flags) => ({ adminToken: app.get(AdminTokenIssuer).issue(required(flags, 'org')) }),
  'outbox:parked': async (app, flags) => {
    const limit = flags.limit === undefined ? undefined : Number(flags.limit);
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new CliUsageError('--limit must be a positive integer');
    const parked = app.get(ParkedEvents);
    return { total: await parked.count(), items: await parked.list(limit) };
  },
  'outbox:redrive': async (app, flags) => {
    if (('id' in flags) === ('all' in flags)) throw new CliUsageError('give either --id <id> or --all');
    if ('id' in flags && !/^\d{1,18}$/.test(flags.id)) throw new CliUsageError('--id must be a parked event id');
    return { redriven: await app.get(ParkedEvents).redrive('all' in flags ? undefined : [flags.id]) };
  },
};

/** Commands that only inspect or re-queue the outbox: the CLI does not wait for delivery after them. */
export const CLI_COMMANDS_WITHOUT_DRAIN = new Set(['outbox:parked', 'outbox:redrive']);

export function parseCliFlags(args: string[]): CliFlags {
  const flags: CliFlags = {};
  for (let i = 0; i < args.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(args[i]);
    if (!match) throw new CliUsageError(`unexpected argument ${args[i]}`);
    // A flag followed by another flag (or nothing) is a switch, e.g. `--all`.
    flags[match[1]] = match[2] ?? (args[i + 1]?.startsWith('--') ? '' : (args[++i] ?? ''));
  }
  return flags;
}

/** Runs one CLI command against an application context; the result is what the CLI prints as JSON. */
export async function runCliCommand(app: INestApplicationContext, name: string, args: string[]): Promise<object> {
  const command = CLI_COMMANDS[name];
  if (!command) throw new CliUsageError(`unknown command ${name}`);
  return command(app, parseCliFlags(args));
}
