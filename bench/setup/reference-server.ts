import http from 'node:http';
import { Pool } from 'pg';

const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const USER_COLUMNS = 'id, user_name, active, resource, version, created_at, updated_at';
const GROUP_COLUMNS = 'id, display_name, resource, version, created_at, updated_at';

interface UserRow {
  id: string;
  user_name: string;
  active: boolean;
  resource: Record<string, unknown>;
  version: number;
  created_at: Date;
  updated_at: Date;
}

interface GroupRow {
  id: string;
  display_name: string;
  resource: Record<string, unknown>;
  version: number;
  created_at: Date;
  updated_at: Date;
}

type Answer = { status: number; body?: unknown };
type PatchOp = { op?: string; path?: string; value?: unknown };

/**
 * The floor the app is compared with: a bare Node `http` server and a `pg` Pool of the app's size,
 * on the same PostgreSQL and tables, doing the same kind of durable work per request with one
 * statement: an indexed SELECT for a read, one INSERT for a create, one UPDATE for PUT/PATCH of a
 * user, one INSERT … ON CONFLICT (or DELETE) for a member change. It has no framework, no token
 * check, no validation, no events, no activity log: the ratio app/reference is what all of that costs.
 */
export class ReferenceServer {
  private constructor(
    private readonly server: http.Server,
    private readonly pool: Pool,
    readonly origin: string,
  ) {}

  static async start(databaseUrl: string, organizationId: string, poolSize: number, port: number): Promise<ReferenceServer> {
    const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
    const origin = `http://127.0.0.1:${port}`;
    const routes = new Routes(pool, organizationId, origin);
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        routes
          .handle(req.method ?? 'GET', new URL(req.url ?? '/', origin), text ? (JSON.parse(text) as Record<string, unknown>) : undefined)
          .then(({ status, body }) => {
            if (body === undefined) res.writeHead(status).end();
            else res.writeHead(status, { 'content-type': 'application/scim+json; charset=utf-8' }).end(JSON.stringify(body));
          })
          .catch(() => res.writeHead(500).end());
      });
    });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return new ReferenceServer(server, pool, origin);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.pool.end();
  }
}

class Routes {
  constructor(
    private readonly pool: Pool,
    private readonly organizationId: string,
    private readonly origin: string,
  ) {}

  handle(method: string, url: URL, body: Record<string, unknown> | undefined): Promise<Answer> {
    const [, , , resource, id] = url.pathname.split('/');
    const key = `${method} ${resource}${id ? '/:id' : ''}`;
    switch (key) {
      case 'GET Users':
        return this.findUser(url.searchParams.get('filter') ?? '');
      case 'GET Users/:id':
        return this.getUser(id);
      case 'POST Users':
        return this.createUser(body ?? {});
      case 'PUT Users/:id':
        return this.updateUser(id, body ?? {});
      case 'PATCH Users/:id':
        return this.patchUser(id, body ?? {});
      case 'PATCH Groups/:id':
        return this.patchMembers(id, body ?? {});
      case 'GET Groups':
        return this.listGroups(url.searchParams);
      default:
        return Promise.resolve({ status: 404 });
    }
  }

  private async findUser(filter: string): Promise<Answer> {
    const userName = /^userName eq "(.*)"$/.exec(filter)?.[1];
    if (!userName) return { status: 400 };
    const { rows } = await this.pool.query<UserRow>(
      `select ${USER_COLUMNS} from scim_users.user_account where organization_id = $1 and lower(user_name) = lower($2)`,
      [this.organizationId, userName],
    );
    return { status: 200, body: this.list(rows.map((row) => this.user(row))) };
  }

  private async getUser(id: string): Promise<Answer> {
    const { rows } = await this.pool.query<UserRow>(`select ${USER_COLUMNS} from scim_users.user_account where id = $1 and organization_id = $2`, [id, this.organizationId]);
    return rows[0] ? { status: 200, body: this.user(rows[0]) } : { status: 404 };
  }

  private async createUser(body: Record<string, unknown>): Promise<Answer> {
    const { rows } = await this.pool.query<UserRow>(
      `insert into scim_users.user_account (id, organization_id, user_name, active, scim_managed, resource)
       values (gen_random_uuid(), $1, $2, true, true, $3) returning ${USER_COLUMNS}`,
      [this.organizationId, body.userName, body],
    );
    return { status: 201, body: this.user(rows[0]) };
  }

  private async updateUser(id: string, body: Record<string, unknown>): Promise<Answer> {
    return this.update(id, body.active !== false, body);
  }

  private async patchUser(id: string, body: Record<string, unknown>): Promise<Answer> {
    const op = ((body.Operations as PatchOp[] | undefined) ?? [])[0];
    return this.update(id, String(op?.value).toLowerCase() === 'true');
  }

  private async update(id: string, active: boolean, resource?: Record<string, unknown>): Promise<Answer> {
    const { rows } = await this.pool.query<UserRow>(
      `update scim_users.user_account set active = $3, resource = coalesce($4, resource), version = version + 1, updated_at = now()
        where id = $1 and organization_id = $2 returning ${USER_COLUMNS}`,
      [id, this.organizationId, active, resource ?? null],
    );
    return rows[0] ? { status: 200, body: this.user(rows[0]) } : { status: 404 };
  }

  /** One add or remove of one member, as the IdPs send it. */
  private async patchMembers(groupId: string, body: Record<string, unknown>): Promise<Answer> {
    const op = ((body.Operations as PatchOp[] | undefined) ?? [])[0] ?? {};
    const fromPath = /members\[value eq "(.*)"\]/.exec(op.path ?? '')?.[1];
    const userId = fromPath ?? (op.value as { value: string }[] | undefined)?.[0]?.value;
    if (String(op.op).toLowerCase() === 'add') {
      await this.pool.query(
        `insert into scim_groups.group_member (group_id, user_id, organization_id, user_name) values ($1, $2, $3, $4) on conflict do nothing`,
        [groupId, userId, this.organizationId, userId],
      );
    } else {
      await this.pool.query(`delete from scim_groups.group_member where group_id = $1 and user_id = $2`, [groupId, userId]);
    }
    return { status: 204 };
  }

  private async listGroups(params: URLSearchParams): Promise<Answer> {
    const displayName = /^displayName eq "(.*)"$/.exec(params.get('filter') ?? '')?.[1];
    const { rows } = displayName
      ? await this.pool.query<GroupRow>(
          `select ${GROUP_COLUMNS} from scim_groups.scim_group where organization_id = $1 and lower(display_name) = lower($2) and deleted_at is null`,
          [this.organizationId, displayName],
        )
      : await this.pool.query<GroupRow>(
          `select ${GROUP_COLUMNS} from scim_groups.scim_group where organization_id = $1 and deleted_at is null order by created_at, id limit $2 offset $3`,
          [this.organizationId, Number(params.get('count') ?? 100), Number(params.get('startIndex') ?? 1) - 1],
        );
    return { status: 200, body: this.list(rows.map((row) => this.group(row))) };
  }

  private list(resources: unknown[]) {
    return { schemas: [LIST_SCHEMA], totalResults: resources.length, startIndex: 1, itemsPerPage: resources.length, Resources: resources };
  }

  private user(row: UserRow): Record<string, unknown> {
    return {
      schemas: [USER_SCHEMA],
      id: row.id,
      ...row.resource,
      userName: row.user_name,
      active: row.active,
      meta: this.meta('User', row),
    };
  }

  private group(row: GroupRow): Record<string, unknown> {
    return { schemas: [GROUP_SCHEMA], id: row.id, ...row.resource, displayName: row.display_name, meta: this.meta('Group', row) };
  }

  private meta(resourceType: 'User' | 'Group', row: { id: string; version: number; created_at: Date; updated_at: Date }) {
    return {
      resourceType,
      created: row.created_at.toISOString(),
      lastModified: row.updated_at.toISOString(),
      location: `${this.origin}/scim/v2/${resourceType}s/${row.id}`,
      version: `W/"${row.version}"`,
    };
  }
}
