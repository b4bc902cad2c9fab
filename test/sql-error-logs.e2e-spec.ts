import { ConsoleLogger, Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { ScimClient, TestApp, uniqueEmail } from '@app/testing';

/** Everything the process logs while the work runs: Nest's loggers and raw stdout/stderr writes. */
async function captureLogs(work: () => Promise<unknown>): Promise<string> {
  const lines: string[] = [];
  class CapturingLogger extends ConsoleLogger {
    protected override printMessages(messages: unknown[], context?: string, logLevel?: string): void {
      lines.push(JSON.stringify({ logLevel, context, messages }));
    }
  }
  const writes = [process.stdout, process.stderr].map((stream) => {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      lines.push(String(chunk));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    return () => (stream.write = write);
  });
  Logger.overrideLogger(new CapturingLogger({ json: true }));
  try {
    await work();
  } finally {
    writes.forEach((restore) => restore());
    Logger.overrideLogger(false);
  }
  return lines.join('\n');
}

describe('SQL error logs carry no request values', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ LOG_LEVEL: 'error' });
  });
  afterAll(() => t.stop());

  it('a unique violation nobody handles is logged with its code and constraint, without the email', async () => {
    // Fault injection: a uniqueness rule the application does not know about, so its violation reaches the error log.
    await t.app.get(MikroORM).em.getConnection().execute('create unique index test_only_display_name_key on scim_users.user_account (display_name)');
    const scim = ScimClient.of(t, await t.createOrg());
    const email = uniqueEmail('jane.private');
    await scim.createUser(uniqueEmail(), { displayName: email });

    let status = 0;
    const logs = await captureLogs(async () => {
      status = (await scim.post('/Users', { userName: email, displayName: email })).status;
    });

    expect(status).toBe(500);
    expect(logs).toContain('23505');
    expect(logs).toContain('test_only_display_name_key');
    expect(logs).not.toContain(email);
    expect(logs.toLowerCase()).not.toContain('insert into');
  });

  it('the error raised to the code that catches it holds neither the statement nor the values', async () => {
    const email = uniqueEmail('john.private');
    const connection = t.app.get(MikroORM).em.getConnection();
    await connection.execute('insert into scim_users.user_account (id, organization_id, user_name) values (gen_random_uuid(), gen_random_uuid(), ?)', [email]);
    const error = await connection
      .execute('insert into scim_users.user_account (id, organization_id, user_name) values (gen_random_uuid(), gen_random_uuid(), ?)', [email])
      .catch((e: unknown) => e as Error & Record<string, unknown>);

    expect(error).toMatchObject({ code: '23505', constraint: 'user_account_user_name_key' });
    const everything = JSON.stringify({ ...error, message: error.message, stack: error.stack });
    expect(everything).not.toContain(email);
    expect(everything.toLowerCase()).not.toContain('insert into');
  });
});
