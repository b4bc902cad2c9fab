import http from 'node:http';
import { Pool } from 'pg';

const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';

interface Row {
  id: string;
  user_name: string;
  active: boolean;
  resource: Record<string, unknown>;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/**
 * The floor the app is compared with: a bare Node `http` server and a `pg` Pool of the app's size,
 * on the same PostgreSQL and table, answering `GET /scim/v2/Users?filter=userName eq "x"` with the
 * same indexed lookup and a ListResponse of the same shape. It has no framework, no token check, no
 * activity log and a one-pattern filter "parser": the ratio app/reference is what all of that costs.
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
    const server = http.createServer((req, res) => {
      const filter = new URL(req.url ?? '/', origin).searchParams.get('filter') ?? '';
      const userName = /^userName eq "(.*)"$/.exec(filter)?.[1];
      if (!userName) {
        res.writeHead(400).end();
        return;
      }
      pool
        .query<Row>(
          `select id, user_name, active, resource, version, created_at, updated_at from scim_users.user_account
            where organization_id = $1 and lower(user_name) = lower($2)`,
          [organizationId, userName],
        )
        .then(({ rows }) => {
          const body = JSON.stringify({
            schemas: [LIST_SCHEMA],
            totalResults: rows.length,
            startIndex: 1,
            itemsPerPage: rows.length,
            Resources: rows.map((row) => toUser(row, origin)),
          });
          res.writeHead(200, { 'content-type': 'application/scim+json; charset=utf-8' }).end(body);
        })
        .catch(() => res.writeHead(500).end());
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

function toUser(row: Row, origin: string): Record<string, unknown> {
  return {
    schemas: [USER_SCHEMA],
    id: row.id,
    ...row.resource,
    userName: row.user_name,
    active: row.active,
    meta: {
      resourceType: 'User',
      created: row.created_at.toISOString(),
      lastModified: row.updated_at.toISOString(),
      location: `${origin}/scim/v2/Users/${row.id}`,
      version: `W/"${row.version}"`,
    },
  };
}
